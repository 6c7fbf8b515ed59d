using Microsoft.Data.Sqlite;

namespace FactMiner.Cli.Tests;

/// <summary>A store's content independent of row ids and timings, so two stores can be compared for equality.</summary>
internal static class StoreSnapshot
{
    private static readonly string[] Queries =
    [
        "SELECT doc, sha256, status, id IN (SELECT document_id FROM unreconciled_documents) FROM documents ORDER BY sha256",
        """SELECT d.sha256, s.idx, s.start, s."end", s.topic, s.subject FROM sentences s JOIN documents d ON d.id = s.document_id ORDER BY 1, 2""",
        """SELECT d.sha256, c.claim_id, c.kind, c.subject, c.attribute, c.low, c.high, c.unit, c.category, c.active, c.status FROM claims c JOIN documents d ON d.id = c.document_id ORDER BY 1, 2""",
        """
        SELECT f.subject, f.attribute, f.qualifiers, f.si_low, f.si_high, f.category, f.support,
               (SELECT group_concat(claim_id, ' ') FROM (SELECT c.claim_id FROM fact_sources s JOIN claims c ON c.id = s.claim_id WHERE s.fact_id = f.id ORDER BY c.claim_id))
        FROM facts f ORDER BY 1, 2, 3, 4, 5, 6, 8
        """,
        """
        SELECT f.kind, f.rule, f.message, f.status,
               (SELECT group_concat(claim_id, ' ') FROM (SELECT c.claim_id FROM flag_claims l JOIN claims c ON c.id = l.claim_id WHERE l.flag_id = f.id ORDER BY c.claim_id)) AS ids
        FROM flags f ORDER BY ids, 2
        """,
        "SELECT source_path, code FROM failed_documents ORDER BY 1",
    ];

    public static string Take(string path)
    {
        using var connection = OpenReadOnly(path);
        var snapshot = new System.Text.StringBuilder();
        foreach (var query in Queries)
        {
            using var command = connection.CreateCommand();
            command.CommandText = query;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    snapshot.Append(reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                }

                snapshot.Append('\n');
            }

            snapshot.Append("--\n");
        }

        return snapshot.ToString();
    }

    // Table names come from the tests' own literals, never from input.
    public static long Count(string path, string table) => Column(path, $"SELECT count(*) FROM {table}", r => r.GetInt64(0)).Single();

    /// <summary>The first column of every row a query of the test's own returns, read on a separate read-only connection.</summary>
    public static List<T> Column<T>(string path, string sql, Func<SqliteDataReader, T> read)
    {
        using var connection = OpenReadOnly(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<T>();
        while (reader.Read())
        {
            values.Add(read(reader));
        }

        return values;
    }

    private static SqliteConnection OpenReadOnly(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
