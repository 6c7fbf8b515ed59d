using System.Collections.Immutable;
using FactMiner.Core.Storage;
using Microsoft.Data.Sqlite;

namespace FactMiner.Core.Review;

/// <summary>What the review page needs beyond the listings: a flag's evidence, the values of its key, choices, the audit log.</summary>
public static partial class ReviewQueries
{
    /// <summary>The flag with this id, whatever its status; null when there is none.</summary>
    public static FlagListing? Flag(SqliteFactStore store, long flagId)
    {
        var page = Flags(store, new ListingFilter { AfterId = flagId - 1, Limit = 1 });
        return page.Count == 1 && page[0].Id == flagId ? page[0] : null;
    }

    /// <summary>Every claim of one flag with its sentence, retired documents' claims included: they stay the evidence of a decision.</summary>
    public static IReadOnlyList<ClaimListing> ClaimsOfFlag(SqliteFactStore store, long flagId)
    {
        using var sentences = new SentenceTexts(store);
        return Query(store, $"""
            {ClaimSelect}
            WHERE c.id IN (SELECT claim_id FROM flag_claims WHERE flag_id = $flag)
            ORDER BY c.id;
            """, r => ReadClaim(r, sentences), ("$flag", flagId));
    }

    /// <summary>How many flags the filter matches (the paging of <see cref="Flags"/> aside).</summary>
    public static int CountFlags(SqliteFactStore store, ListingFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Query(store, """
            SELECT count(*) FROM flags f
            WHERE ($status = 'all' OR f.status = $status) AND ($rule IS NULL OR f.rule = $rule)
              AND ($subject IS NULL OR f.subject = $subject) AND ($attribute IS NULL OR f.attribute = $attribute);
            """, r => r.GetInt32(0),
            ("$status", filter.Status), ("$rule", filter.Rule), ("$subject", filter.Subject), ("$attribute", filter.Attribute))[0];
    }

    /// <summary>The active values of one (subject, attribute), corrected values in place of extracted ones, at most <paramref name="limit"/>.</summary>
    public static IReadOnlyList<KnownValue> KnownValues(SqliteFactStore store, string subject, string attribute, int limit = 500) =>
        Query(store, $"""
            SELECT c.id, c.claim_id, d.doc, c.status,
                   CASE WHEN c.status = 'corrected' THEN c.corrected_si_low ELSE c.si_low END,
                   CASE WHEN c.status = 'corrected' THEN c.corrected_si_high ELSE c.si_high END,
                   c.si_unit, c.category, c.qualifiers,
                   EXISTS (SELECT 1 FROM flag_claims l JOIN flags g ON g.id = l.flag_id WHERE l.claim_id = c.id AND g.status = 'open')
            FROM claim_subjects s JOIN claims c ON {ClaimRowIds.InDocument("c.id", "s.document_id")} AND c.subject = s.subject
            JOIN documents d ON d.id = s.document_id
            WHERE s.subject = $subject AND c.attribute = $attribute AND c.active = 1
            ORDER BY c.id LIMIT $limit;
            """, r => new KnownValue(
                r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), Real(r, 4), Real(r, 5), Text(r, 6), Text(r, 7),
                Strings(r.GetString(8)), r.GetBoolean(9)),
            ("$subject", subject), ("$attribute", attribute), ("$limit", limit));

    /// <summary>The distinct subjects (at most <paramref name="limit"/>), attributes and rules of all flags.</summary>
    public static FilterChoices FilterChoices(SqliteFactStore store, int limit = 1000)
    {
        // The column names are ours, never input; every value still travels as a parameter.
        ImmutableArray<string> Distinct(string column) => [.. Query(store,
            $"SELECT DISTINCT {column} FROM flags WHERE {column} IS NOT NULL ORDER BY {column} LIMIT $limit;", r => r.GetString(0), ("$limit", limit))];
        return new FilterChoices(Distinct("subject"), Distinct("attribute"), Distinct("rule"));
    }

    /// <summary>The latest <paramref name="limit"/> decisions (undos included), newest first, each with its rows in order.</summary>
    public static IReadOnlyList<DecisionRecord> RecentDecisions(SqliteFactStore store, int limit = 20)
    {
        var rows = Query(store, """
            SELECT a.decision, a.at, a.by, a.note, a.id, a.action, a.flag_id, c.claim_id, a.before, a.after, a.undoes,
                   EXISTS (SELECT 1 FROM audit u WHERE u.undoes = a.id)
            FROM audit a LEFT JOIN claims c ON c.id = a.claim_id
            WHERE a.decision IN (SELECT DISTINCT decision FROM audit ORDER BY decision DESC LIMIT $limit)
            ORDER BY a.decision DESC, a.id;
            """, r => (Decision: r.GetInt64(0), At: r.GetString(1), By: r.GetString(2), Note: Text(r, 3),
                Entry: new AuditEntry(r.GetInt64(4), r.GetString(5), Integer(r, 6), Text(r, 7), Text(r, 8), Text(r, 9), Integer(r, 10), r.GetBoolean(11))),
            ("$limit", limit));
        return [.. rows.GroupBy(row => row.Decision).Select(g =>
        {
            var first = g.First();
            return new DecisionRecord(first.Decision, first.At, first.By, first.Note, [.. g.Select(row => row.Entry)]);
        })];
    }

    private static List<T> Query<T>(SqliteFactStore store, string sql, Func<SqliteDataReader, T> map, params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var command = store.Command(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    private static long? Integer(SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetInt64(i);
}
