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
    /// <summary>Loads through <paramref name="connection"/>: the run's own, or a reader on a snapshot of the same data.</summary>
    public static StoredClaims Load(SqliteConnection connection, SqliteTransaction? transaction, IReadOnlyList<string> subjects)
    {
        var records = new List<ClaimRecord>();
        var rows = new Dictionary<string, StoredClaimRow>(StringComparer.Ordinal);
        var qualifierLists = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        using var select = connection.CreateCommand();
        select.Transaction = transaction;
        select.CommandText = """
            SELECT c.id, c.claim_id, c.kind, c.subject, c.attribute, c.quantity, c.low, c.high, c.unit, c.si_low, c.si_high,
                   c.si_unit, c.qualifiers, c.category, c.authority, c.year, c.text, c.start, c."end", c.status, c.corrected_low,
                   c.corrected_high, c.corrected_unit, c.corrected_si_low, c.corrected_si_high, d.doc, c.sentence_idx, d.run_id
            FROM claims c JOIN documents d ON d.id = c.document_id
            WHERE c.active = 1 AND c.status <> 'rejected' AND c.subject IN (SELECT value FROM json_each($subjects))
            ORDER BY c.id;
            """;
        select.Parameters.AddWithValue("$subjects", JsonSerializer.Serialize(subjects));
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            var claimId = reader.GetString(1);
            rows[claimId] = new StoredClaimRow(reader.GetInt64(0), reader.GetInt64(27));
            var qualifiers = QualifiersOf(reader.GetString(12), qualifierLists);
            var document = reader.GetString(25);
            var sentence = reader.GetInt32(26);
            if (reader.GetString(2) == "numeric")
            {
                records.Add(ClaimRecord.Of(document, sentence, ReadNumeric(reader, claimId, qualifiers)));
            }
            else
            {
                records.Add(ClaimRecord.Of(document, sentence, new CategoricalClaim(
                    claimId, reader.GetString(4), reader.GetString(13), reader.IsDBNull(14) ? null : reader.GetString(14),
                    reader.IsDBNull(15) ? null : reader.GetInt32(15), reader.GetString(3), reader.GetString(16), reader.GetInt32(17), reader.GetInt32(18))
                {
                    Qualifiers = qualifiers,
                }));
            }
        }

        return new StoredClaims(records, rows);
    }

    /// <summary>Qualifier lists parsed once per distinct JSON text: most claims share a few (none, or only "adult").</summary>
    private static ImmutableArray<string> QualifiersOf(string json, Dictionary<string, ImmutableArray<string>> parsed)
    {
        if (!parsed.TryGetValue(json, out var qualifiers))
        {
            qualifiers = [.. JsonSerializer.Deserialize<string[]>(json) ?? []];
            parsed[json] = qualifiers;
        }

        return qualifiers;
    }

    private static Claim ReadNumeric(SqliteDataReader reader, string claimId, ImmutableArray<string> qualifiers)
    {
        var corrected = reader.GetString(19) == "corrected";
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
            qualifiers,
            reader.GetString(3),
            reader.GetString(16),
            reader.GetInt32(17),
            reader.GetInt32(18));
    }
}
