using System.Collections.Immutable;
using System.Text.Json;
using FactMiner.Core.Storage;
using Microsoft.Data.Sqlite;

namespace FactMiner.Core.Review;

/// <summary>The flag, fact and claim listings behind <c>flags</c>, <c>facts</c>, <c>claims</c>, the web page and exports.</summary>
public static partial class ReviewQueries
{
    /// <summary>The columns <see cref="ReadClaim"/> reads, shared by every claim listing.</summary>
    private const string ClaimSelect = """
        SELECT c.id, c.claim_id, d.doc, d.sha256, c.sentence_idx, c.kind, c.subject, c.attribute, c.quantity, c.low, c.high, c.unit,
               c.si_low, c.si_high, c.si_unit, c.qualifiers, c.category, c.authority, c.year, c.text, c.start, c."end",
               c.document_id, c.sentence_start, c.sentence_end, c.status, c.corrected_low, c.corrected_high, c.corrected_unit, c.reviewed_by, c.reviewed_at, c.note,
               (SELECT started_at FROM runs WHERE id = d.run_id)
        FROM claims c
        JOIN documents d ON d.id = c.document_id
        """;

    private const string FilterClause = """
        ($subject IS NULL OR {0}.subject = $subject) AND ($attribute IS NULL OR {0}.attribute = $attribute)
        """;

    public static IReadOnlyList<FlagListing> Flags(SqliteFactStore store, ListingFilter filter) =>
        Read(store, filter, $"""
            SELECT f.id, f.kind, f.rule, f.message, f.status, f.subject, f.attribute, f.decided_by, f.decided_at, f.note,
                   (SELECT json_group_array(claim_id) FROM (SELECT c.claim_id FROM flag_claims l JOIN claims c ON c.id = l.claim_id
                                                           WHERE l.flag_id = f.id ORDER BY c.id))
            FROM flags f
            WHERE ($status = 'all' OR f.status = $status) AND ($rule IS NULL OR f.rule = $rule) AND {string.Format(System.Globalization.CultureInfo.InvariantCulture, FilterClause, "f")}
            AND f.id > $after ORDER BY f.id LIMIT $limit;
            """, r => new FlagListing(
                r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), Text(r, 5), Text(r, 6),
                Strings(r.GetString(10)), Text(r, 7), Text(r, 8), Text(r, 9)));

    public static IReadOnlyList<FactListing> Facts(SqliteFactStore store, ListingFilter filter) =>
        Read(store, filter, $"""
            SELECT f.id, f.subject, f.attribute, f.qualifiers, f.quantity, f.low, f.high, f.unit, f.si_low, f.si_high, f.si_unit,
                   f.category, f.support,
                   (SELECT json_group_array(source) FROM (SELECT d.doc || '#' || c.sentence_idx AS source FROM fact_sources s
                        JOIN claims c ON c.id = s.claim_id JOIN documents d ON d.id = c.document_id WHERE s.fact_id = f.id ORDER BY c.id)),
                   CASE WHEN EXISTS (SELECT 1 FROM fact_sources s JOIN flag_claims l ON l.claim_id = s.claim_id JOIN flags g ON g.id = l.flag_id
                                     WHERE s.fact_id = f.id AND g.status = 'open') THEN 'flagged'
                        WHEN EXISTS (SELECT 1 FROM fact_sources s JOIN claims c ON c.id = s.claim_id
                                     WHERE s.fact_id = f.id AND c.status IN ('accepted', 'corrected')) THEN 'accepted'
                        ELSE 'clean' END AS state,
                   (SELECT started_at FROM runs WHERE id = f.first_seen_run),
                   (SELECT c.reviewed_by FROM fact_sources s JOIN claims c ON c.id = s.claim_id WHERE s.fact_id = f.id AND c.reviewed_at IS NOT NULL ORDER BY c.reviewed_at DESC LIMIT 1),
                   (SELECT c.reviewed_at FROM fact_sources s JOIN claims c ON c.id = s.claim_id WHERE s.fact_id = f.id AND c.reviewed_at IS NOT NULL ORDER BY c.reviewed_at DESC LIMIT 1),
                   (SELECT c.note FROM fact_sources s JOIN claims c ON c.id = s.claim_id WHERE s.fact_id = f.id AND c.reviewed_at IS NOT NULL ORDER BY c.reviewed_at DESC LIMIT 1)
            FROM facts f
            WHERE {string.Format(System.Globalization.CultureInfo.InvariantCulture, FilterClause, "f")}
              AND ($status = 'all' OR $status = state) AND f.id > $after
            ORDER BY f.id LIMIT $limit;
            """, r => new FactListing(
                r.GetInt64(0), r.GetString(1), r.GetString(2), Strings(r.GetString(3)), Text(r, 4), Real(r, 5), Real(r, 6), Text(r, 7),
                Real(r, 8), Real(r, 9), Text(r, 10), Text(r, 11), r.GetInt32(12), Strings(r.GetString(13)), r.GetString(14),
                r.GetString(15), Text(r, 16), Text(r, 17), Text(r, 18)));

    public static IReadOnlyList<ClaimListing> Claims(SqliteFactStore store, ListingFilter filter)
    {
        using var sentences = new SentenceTexts(store);
        return Read(store, filter, $"""
            {ClaimSelect}
            WHERE c.active = 1 AND ($status = 'all' OR c.status = $status)
              AND ($rule IS NULL OR EXISTS (SELECT 1 FROM flag_claims l JOIN flags g ON g.id = l.flag_id WHERE l.claim_id = c.id AND g.rule = $rule))
              AND {string.Format(System.Globalization.CultureInfo.InvariantCulture, FilterClause, "c")}
              AND c.id > $after
            ORDER BY c.id LIMIT $limit;
            """, r => ReadClaim(r, sentences));
    }

    /// <summary>Streams rows a page at a time (keyset paging on the row id), so an export over millions of rows stays flat in memory.</summary>
    public static IEnumerable<T> Stream<T>(SqliteFactStore store, ListingFilter filter, Func<SqliteFactStore, ListingFilter, IReadOnlyList<T>> page, Func<T, long> idOf, int pageSize = 5000)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(idOf);
        var after = filter.AfterId;
        while (true)
        {
            var rows = page(store, filter with { Limit = pageSize, AfterId = after });
            foreach (var row in rows)
            {
                yield return row;
            }

            if (rows.Count < pageSize)
            {
                yield break;
            }

            after = idOf(rows[^1]);
        }
    }

    private static List<T> Read<T>(SqliteFactStore store, ListingFilter filter, string sql, Func<SqliteDataReader, T> map)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(filter);
        using var command = store.Command(sql);
        command.Parameters.AddWithValue("$status", filter.Status);
        command.Parameters.AddWithValue("$subject", (object?)filter.Subject ?? DBNull.Value);
        command.Parameters.AddWithValue("$attribute", (object?)filter.Attribute ?? DBNull.Value);
        command.Parameters.AddWithValue("$rule", (object?)filter.Rule ?? DBNull.Value);
        command.Parameters.AddWithValue("$limit", filter.Limit);
        command.Parameters.AddWithValue("$after", filter.AfterId);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    private static ClaimListing ReadClaim(SqliteDataReader r, SentenceTexts sentences) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt32(4), r.GetString(5), Text(r, 6), r.GetString(7),
        Text(r, 8), Real(r, 9), Real(r, 10), Text(r, 11), Real(r, 12), Real(r, 13), Text(r, 14), Strings(r.GetString(15)),
        Text(r, 16), Text(r, 17), r.IsDBNull(18) ? null : r.GetInt32(18), r.GetString(19), r.GetInt32(20), r.GetInt32(21),
        sentences.Of(r.GetInt64(22), r.GetInt32(23), r.GetInt32(24)), r.GetInt32(23), r.GetString(25), Real(r, 26), Real(r, 27),
        Text(r, 28), Text(r, 29), Text(r, 30), Text(r, 31), r.GetString(32));

    private static string? Text(SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    private static double? Real(SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetDouble(i);

    private static ImmutableArray<string> Strings(string json) => [.. JsonSerializer.Deserialize<string[]>(json) ?? []];
}
