using FactMiner.Core.Model;
using Microsoft.Data.Sqlite;
using Polly;

namespace FactMiner.Core.Storage;

/// <summary>
/// The fact table: one SQLite file in WAL mode, so curators and the web page read while a run writes.
/// Every write is one transaction, retried when another connection holds the lock.
/// </summary>
public sealed class SqliteFactStore : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly ResiliencePipeline resilience;
    private readonly HashSet<string> writtenSubjects = new(StringComparer.Ordinal);

    private SqliteFactStore(string path, SqliteConnection connection, ResiliencePipeline resilience)
    {
        Path = path;
        this.connection = connection;
        this.resilience = resilience;
    }

    public string Path { get; }

    internal SqliteConnection Connection => connection;

    internal ResiliencePipeline Resilience => resilience;

    /// <summary>Opens (creating or upgrading) the store; a file from a newer FactMiner is refused.</summary>
    public static SqliteFactStore Open(string path, TimeProvider? timeProvider = null)
    {
        var resilience = StoreResilience.Create(timeProvider: timeProvider);
        var connection = resilience.Execute(() => SqliteStoreConnection.Open(path));
        return new SqliteFactStore(path, connection, resilience);
    }

    public void Dispose() => connection.Dispose();

    /// <summary>Runs <paramref name="work"/> in one transaction, retrying it whole when the store is busy.</summary>
    internal T InTransaction<T>(Func<SqliteTransaction, T> work) =>
        resilience.Execute(() =>
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            var result = work(transaction);
            transaction.Commit();
            return result;
        });

    /// <summary>
    /// <see cref="InTransaction{T}"/> for a bulk write whose references are known to hold: the rows it points at were read
    /// under the same write lock. Foreign keys are not checked row by row (the checks looked up a random claim page for
    /// every source and flag link) and a larger page cache keeps the pages the write revisits; the caller deletes
    /// dependent rows itself, since nothing cascades meanwhile. Both settings are restored afterwards.
    /// </summary>
    internal T InBulkTransaction<T>(Func<SqliteTransaction, T> work)
    {
        // PRAGMA takes no parameters; both values are our own constants. foreign_keys only changes outside a transaction.
        Execute($"PRAGMA foreign_keys = OFF; PRAGMA cache_size = -{BulkCacheKibibytes};");
        try
        {
            return InTransaction(work);
        }
        finally
        {
            Execute("PRAGMA foreign_keys = ON; PRAGMA cache_size = -2000;");
        }
    }

    // 32 MiB keeps the index pages the links revisit; the default 2 MiB made the writer re-read them from the file.
    private const int BulkCacheKibibytes = 32768;

    private void Execute(string sql)
    {
        using var command = Command(sql);
        command.ExecuteNonQuery();
    }

    internal SqliteCommand Command(string sql, SqliteTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    public long BeginRun(StoreVersions versions, DateTimeOffset startedAt) => InTransaction(transaction =>
    {
        // A run still marked running was killed: nothing it half-wrote is in the store, but its row says so.
        using (var interrupted = Command("UPDATE runs SET status = 'interrupted' WHERE status = 'running';", transaction))
        {
            interrupted.ExecuteNonQuery();
        }

        using var insert = Command("""
            INSERT INTO runs (started_at, status, extractor_version, model_version)
            VALUES ($at, 'running', $extractor, $model) RETURNING id;
            """, transaction);
        insert.Parameters.AddWithValue("$at", startedAt.ToString("O"));
        insert.Parameters.AddWithValue("$extractor", versions.Extractor);
        insert.Parameters.AddWithValue("$model", versions.Model);
        return (long)insert.ExecuteScalar()!;
    });

    public void FinishRun(RunSummary summary, DateTimeOffset finishedAt) => InTransaction(transaction =>
    {
        using var update = Command("""
            UPDATE runs SET finished_at = $at, status = 'completed', documents_new = $new, documents_unchanged = $unchanged,
                documents_failed = $failed, sentences = $sentences, claims = $claims, facts = $facts, flags_new = $flags
            WHERE id = $id;
            """, transaction);
        update.Parameters.AddWithValue("$at", finishedAt.ToString("O"));
        update.Parameters.AddWithValue("$new", summary.DocumentsNew);
        update.Parameters.AddWithValue("$unchanged", summary.DocumentsUnchanged);
        update.Parameters.AddWithValue("$failed", summary.DocumentsFailed);
        update.Parameters.AddWithValue("$sentences", summary.Sentences);
        update.Parameters.AddWithValue("$claims", summary.Claims);
        update.Parameters.AddWithValue("$facts", summary.Facts);
        update.Parameters.AddWithValue("$flags", summary.FlagsNew);
        update.Parameters.AddWithValue("$id", summary.RunId);
        return update.ExecuteNonQuery();
    });

    /// <summary>Content hashes already stored, active or retired: a document seen before is not processed again.</summary>
    public HashSet<string> KnownHashes()
    {
        using var select = Command("SELECT sha256 FROM documents;");
        using var reader = select.ExecuteReader();
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            hashes.Add(reader.GetString(0));
        }

        return hashes;
    }

    /// <summary>Stores a batch of processed documents atomically: all of them or none.</summary>
    public void WriteDocuments(IReadOnlyList<Document> documents, long runId)
    {
        // Only a committed batch counts: a retried transaction starts again with a new writer.
        var subjects = InTransaction(transaction =>
        {
            using var writer = new DocumentWriter(connection);
            foreach (var document in documents)
            {
                writer.Write(document, runId);
            }

            return writer.Subjects;
        });
        writtenSubjects.UnionWith(subjects);
    }

    /// <summary>The claim subjects of documents written through this store and not reconciled since: what reconciliation
    /// must cover of this process's own writes, known without reading every new claim back.</summary>
    internal IReadOnlyCollection<string> WrittenSubjects => writtenSubjects;

    internal void ForgetWrittenSubjects() => writtenSubjects.Clear();

    /// <summary>Records a document that could not be read; the next run tries it again.</summary>
    public void RecordFailure(Diagnostic failure, string documentId, long runId) => InTransaction(transaction =>
    {
        using var upsert = Command("""
            INSERT INTO failed_documents (source_path, doc, code, reason, run_id) VALUES ($path, $doc, $code, $reason, $run)
            ON CONFLICT (source_path) DO UPDATE SET code = excluded.code, reason = excluded.reason,
                run_id = excluded.run_id, attempts = attempts + 1;
            """, transaction);
        upsert.Parameters.AddWithValue("$path", failure.Path);
        upsert.Parameters.AddWithValue("$doc", documentId);
        upsert.Parameters.AddWithValue("$code", failure.Code);
        upsert.Parameters.AddWithValue("$reason", failure.Message);
        upsert.Parameters.AddWithValue("$run", runId);
        return upsert.ExecuteNonQuery();
    });
}
