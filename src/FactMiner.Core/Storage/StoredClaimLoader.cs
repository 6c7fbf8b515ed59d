using System.Collections.Immutable;
using System.Text.Json;
using FactMiner.Core.Model;
using FactMiner.Core.Reconciliation;
using Microsoft.Data.Sqlite;

namespace FactMiner.Core.Storage;

/// <summary>
/// Loads the active claims of some subjects as reconciliation sees them: rejected claims left out, corrected claims
/// with the curator's value in place of the extracted one.
/// </summary>
internal static class StoredClaimLoader
{
    public static StoredClaims Load(SqliteFactStore store, SqliteTransaction transaction, IReadOnlyList<string> subjects)
    {
        var records = new List<ClaimRecord>();
        var rowIds = new Dictionary<string, long>(StringComparer.Ordinal);
        using var select = store.Command("""
            SELECT id, claim_id, kind, subject, attribute, quantity, low, high, unit, si_low, si_high, si_unit, qualifiers,
                   category, authority, year, text, start, "end", status, corrected_low, corrected_high, corrected_unit,
                   corrected_si_low, corrected_si_high, (SELECT doc FROM documents WHERE id = claims.document_id), sentence_idx
            FROM claims
            WHERE active = 1 AND status <> 'rejected' AND subject IN (SELECT value FROM json_each($subjects))
            ORDER BY id;
            """, transaction);
        select.Parameters.AddWithValue("$subjects", JsonSerializer.Serialize(subjects));
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            var claimId = reader.GetString(1);
            rowIds[claimId] = reader.GetInt64(0);
            var document = reader.GetString(25);
            var sentence = reader.GetInt32(26);
            if (reader.GetString(2) == "numeric")
            {
                records.Add(ClaimRecord.Of(document, sentence, ReadNumeric(reader, claimId)));
            }
            else
            {
                records.Add(ClaimRecord.Of(document, sentence, new CategoricalClaim(
                    claimId, reader.GetString(4), reader.GetString(13), reader.IsDBNull(14) ? null : reader.GetString(14),
                    reader.IsDBNull(15) ? null : reader.GetInt32(15), reader.GetString(3), reader.GetString(16), reader.GetInt32(17), reader.GetInt32(18))
                {
                    Qualifiers = [.. JsonSerializer.Deserialize<string[]>(reader.GetString(12)) ?? []],
                }));
            }
        }

        return new StoredClaims(records, rowIds);
    }

    private static Claim ReadNumeric(SqliteDataReader reader, string claimId)
    {
        var corrected = reader.GetString(19) == "corrected";
        var qualifiers = JsonSerializer.Deserialize<string[]>(reader.GetString(12)) ?? [];
        return new Claim(
            claimId,
            reader.GetString(4),
            reader.GetString(5),
            corrected ? reader.GetDouble(20) : reader.GetDouble(6),
            corrected ? reader.GetDouble(21) : reader.GetDouble(7),
            corrected ? reader.GetString(22) : reader.GetString(8),
            corrected ? reader.GetDouble(23) : reader.GetDouble(9),
            corrected ? reader.GetDouble(24) : reader.GetDouble(10),
            reader.GetString(11),
            [.. qualifiers],
            reader.GetString(3),
            reader.GetString(16),
            reader.GetInt32(17),
            reader.GetInt32(18));
    }
}
