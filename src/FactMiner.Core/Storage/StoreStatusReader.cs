using Microsoft.Data.Sqlite;

namespace FactMiner.Core.Storage;

/// <summary>Reads the counts, open flags and recent runs of a store.</summary>
public static class StoreStatusReader
{
    public static StoreStatus Read(SqliteFactStore store, int recentRuns = 5)
    {
        ArgumentNullException.ThrowIfNull(store);
        var counts = new Dictionary<string, long>
        {
            ["documents"] = Scalar(store, "SELECT count(*) FROM documents WHERE status = 'active';"),
            ["retired versions"] = Scalar(store, "SELECT count(*) FROM documents WHERE status = 'retired';"),
            ["failed documents"] = Scalar(store, "SELECT count(*) FROM failed_documents;"),
            ["sentences"] = Scalar(store, "SELECT coalesce(sum(json_array_length(sentences)), 0) FROM documents WHERE status = 'active';"),
            ["claims"] = Scalar(store, "SELECT count(*) FROM claims WHERE active = 1;"),
            ["facts"] = Scalar(store, "SELECT count(*) FROM facts;"),
        };
        var flags = new Dictionary<string, long>();
        using (var byStatus = store.Command("SELECT status, count(*) FROM flags GROUP BY status ORDER BY status;"))
        using (var reader = byStatus.ExecuteReader())
        {
            while (reader.Read())
            {
                flags[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        var rules = new List<(string, long)>();
        using (var byRule = store.Command("SELECT rule, count(*) FROM flags WHERE status = 'open' GROUP BY rule ORDER BY count(*) DESC, rule;"))
        using (var reader = byRule.ExecuteReader())
        {
            while (reader.Read())
            {
                rules.Add((reader.GetString(0), reader.GetInt64(1)));
            }
        }

        var runs = new List<StoredRun>();
        using (var recent = store.Command("""
            SELECT id, started_at, finished_at, status, documents_new, documents_unchanged, documents_failed, claims, flags_new
            FROM runs ORDER BY id DESC LIMIT $limit;
            """))
        {
            recent.Parameters.AddWithValue("$limit", recentRuns);
            using var reader = recent.ExecuteReader();
            while (reader.Read())
            {
                runs.Add(new StoredRun(reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3),
                    reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7), reader.GetInt64(8)));
            }
        }

        return new StoreStatus(counts, flags, rules, runs);
    }

    private static long Scalar(SqliteFactStore store, string sql)
    {
        using SqliteCommand command = store.Command(sql);
        return (long)command.ExecuteScalar()!;
    }
}
