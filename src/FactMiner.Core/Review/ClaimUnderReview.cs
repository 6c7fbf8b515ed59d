using System.Text.Json;
using FactMiner.Core.Storage;
using Microsoft.Data.Sqlite;

namespace FactMiner.Core.Review;

/// <summary>A stored claim as a claim decision needs it: where it lives, what it measures, and its review state.</summary>
internal sealed record ClaimUnderReview(
    long RowId, string ClaimId, string Document, string Kind, string? Quantity, string? Subject, bool Active,
    ReviewedClaimState State, string? ReviewedBy, string? ReviewedAt)
{
    /// <summary>
    /// The claims with these contract ids, one per id: the active one, else the newest retired one. A contract id starts
    /// with its document's name (<c>doc#sentence.n</c>), so each is looked up among that document's claims, by name and
    /// then by row range; an id without <c>#</c> names no claim.
    /// </summary>
    public static Dictionary<string, ClaimUnderReview> Load(SqliteFactStore store, SqliteTransaction transaction, IEnumerable<string> claimIds)
    {
        using var select = store.Command($"""
            SELECT c.id, c.claim_id, d.doc, c.kind, c.quantity, c.subject, c.active, c.status, c.corrected_low, c.corrected_high,
                   c.corrected_unit, c.corrected_si_low, c.corrected_si_high, c.reviewed_by, c.reviewed_at
            FROM json_each($ids) i
            JOIN documents d ON d.doc = i.value ->> 0
            JOIN claims c ON {ClaimRowIds.InDocument("c.id", "d.id")} AND c.claim_id = i.value ->> 1
            ORDER BY c.active DESC, c.id DESC;
            """, transaction);
        var wanted = claimIds.Distinct(StringComparer.Ordinal).Where(id => id.Contains('#', StringComparison.Ordinal))
            .Select(id => new[] { id[..id.LastIndexOf('#')], id });
        select.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(wanted));
        using var reader = select.ExecuteReader();
        var claims = new Dictionary<string, ClaimUnderReview>(StringComparer.Ordinal);
        while (reader.Read())
        {
            double? Real(int i) => reader.IsDBNull(i) ? null : reader.GetDouble(i);
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            var state = new ReviewedClaimState(reader.GetString(7), Real(8), Real(9), Text(10), Real(11), Real(12));
            claims.TryAdd(reader.GetString(1), new ClaimUnderReview(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), Text(4), Text(5), reader.GetBoolean(6),
                state, Text(13), Text(14)));
        }

        return claims;
    }
}
