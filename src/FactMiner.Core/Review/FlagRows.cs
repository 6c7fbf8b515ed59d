using FactMiner.Core.Storage;
using Microsoft.Data.Sqlite;

namespace FactMiner.Core.Review;

/// <summary>A stored flag with its claims' current review states, as a decision needs them.</summary>
internal sealed record FlagRows(long Id, string Status, IReadOnlyList<string> Subjects, IReadOnlyList<FlagClaim> Claims)
{
    public static FlagRows? Load(SqliteFactStore store, SqliteTransaction transaction, long flagId)
    {
        using var flag = store.Command("SELECT status FROM flags WHERE id = $id;", transaction);
        flag.Parameters.AddWithValue("$id", flagId);
        if (flag.ExecuteScalar() is not string status)
        {
            return null;
        }

        using var claims = store.Command("""
            SELECT c.id, c.claim_id, c.quantity, c.subject, c.status, c.corrected_low, c.corrected_high, c.corrected_unit,
                   c.corrected_si_low, c.corrected_si_high
            FROM flag_claims l JOIN claims c ON c.id = l.claim_id WHERE l.flag_id = $id ORDER BY c.id;
            """, transaction);
        claims.Parameters.AddWithValue("$id", flagId);
        using var reader = claims.ExecuteReader();
        var rows = new List<FlagClaim>();
        var subjects = new SortedSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            double? Real(int i) => reader.IsDBNull(i) ? null : reader.GetDouble(i);
            var state = new ReviewedClaimState(reader.GetString(4), Real(5), Real(6), reader.IsDBNull(7) ? null : reader.GetString(7), Real(8), Real(9));
            rows.Add(new FlagClaim(reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), state));
            if (!reader.IsDBNull(3))
            {
                subjects.Add(reader.GetString(3));
            }
        }

        return new FlagRows(flagId, status, [.. subjects], rows);
    }
}

/// <summary>One claim of a flag: its row, contract id, quantity and review state.</summary>
internal sealed record FlagClaim(long RowId, string ClaimId, string? Quantity, ReviewedClaimState State);
