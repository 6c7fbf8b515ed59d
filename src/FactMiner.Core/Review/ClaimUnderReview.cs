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
    /// The claims with these contract ids, one per id: the active one, else the newest retired one. One pass over the
    /// claims table for the whole batch rather than a lookup per id (claim_id has no index of its own).
    /// </summary>
    public static Dictionary<string, ClaimUnderReview> Load(SqliteFactStore store, SqliteTransaction transaction, IEnumerable<string> claimIds)
    {
        using var select = store.Command("""
            SELECT c.id, c.claim_id, d.doc, c.kind, c.quantity, c.subject, c.active, c.status, c.corrected_low, c.corrected_high,
                   c.corrected_unit, c.corrected_si_low, c.corrected_si_high, c.reviewed_by, c.reviewed_at
            FROM claims c JOIN documents d ON d.id = c.document_id
            WHERE c.claim_id IN (SELECT value FROM json_each($ids))
            ORDER BY c.active DESC, c.id DESC;
            """, transaction);
        select.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(claimIds.Distinct(StringComparer.Ordinal)));
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
