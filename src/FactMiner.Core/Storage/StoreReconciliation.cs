using System.Text.Json;
using FactMiner.Core.Reconciliation;
using Microsoft.Data.Sqlite;

namespace FactMiner.Core.Storage;

/// <summary>
/// Reconciles only the (subject, attribute) keys touched by documents not yet reconciled, against every stored claim of
/// those keys. Facts of those keys are replaced; flags are matched by signature so a curator's decision is never reopened.
/// All of it, and the documents' reconciled mark, in one transaction: a run killed here simply redoes it next time.
/// </summary>
internal sealed class StoreReconciliation(SqliteFactStore store, ClaimReconciler reconciler)
{
    public (int Keys, int Facts, int NewFlags) ReconcilePending(long runId)
    {
        var result = store.InBulkTransaction(transaction => ReconcilePendingIn(transaction, runId));
        store.ForgetWrittenSubjects();
        return result;
    }

    private (int Keys, int Facts, int NewFlags) ReconcilePendingIn(SqliteTransaction transaction, long runId)
    {
        // This transaction holds the write lock and has not touched a claim, so a second connection opened now reads
        // exactly the claims it would: loading moves to another thread and this one only writes.
        // A store with no file behind it (in memory) cannot be opened twice: it loads on its own connection.
        var subjects = PendingSubjects(transaction, runId);
        var result = WriteChunks(transaction, File.Exists(store.Path) ? LoadedFromSnapshot(subjects, runId) : LoadedHere(transaction, subjects, runId));
        using (var mark = store.Command("DELETE FROM unreconciled_documents;", transaction))
        {
            mark.ExecuteNonQuery();
        }

        return result;
    }

    /// <summary>Re-examines every key of these subjects inside the caller's transaction (a curator's decision), seeing
    /// the claims as that transaction has changed them.</summary>
    public (int Keys, int Facts, int NewFlags) ReconcileSubjects(SqliteTransaction transaction, IReadOnlyList<string> subjects, long runId) =>
        WriteChunks(transaction, LoadedHere(transaction, subjects, runId));

    // Plausibility rules compare a subject's attributes with each other (shoulder height against height, mass against
    // length), so the unit of re-examination is the subject: all its keys, and nothing else. Subjects never meet each
    // other, so they are taken a few at a time and memory holds a few chunks' claims, not the store's.
    private (int Keys, int Facts, int NewFlags) WriteChunks(SqliteTransaction transaction, IEnumerable<ReconciledChunk> chunks)
    {
        var (keys, facts, newFlags) = (0, 0, 0);
        foreach (var chunk in chunks)
        {
            facts += ReplaceFacts(transaction, chunk);
            newFlags += MergeFlags(transaction, chunk);
            keys += chunk.Keys;
        }

        return (keys, facts, newFlags);
    }

    private ReconciledChunk Reconcile(string[] subjects, StoredClaims loaded, long runId) =>
        ReconciledChunk.Of(subjects, loaded, reconciler.Reconcile(loaded.Records), runId);

    /// <summary>Loads on the transaction's own connection (this thread) while the other core reconciles the chunk before.</summary>
    private IEnumerable<ReconciledChunk> LoadedHere(SqliteTransaction transaction, IReadOnlyList<string> subjects, long runId)
    {
        Task<ReconciledChunk>? previous = null;
        using var loader = new StoredClaimLoader(store.Connection);
        foreach (var chunk in subjects.Chunk(SubjectsPerChunk))
        {
            var loaded = loader.Load(chunk);
            var next = Task.Run(() => Reconcile(chunk, loaded, runId));
            if (previous is not null)
            {
                yield return previous.GetAwaiter().GetResult();
            }

            previous = next;
        }

        if (previous is not null)
        {
            yield return previous.GetAwaiter().GetResult();
        }
    }

    /// <summary>
    /// Workers on their own threads each load a chunk through a read-only connection and reconcile it, ahead of the writes
    /// by a bounded number of claims (so memory stays flat); the caller's thread only writes, in chunk order. Only valid
    /// while the caller's transaction holds the write lock and has changed no claim, so every reader's snapshot is its view.
    /// </summary>
    private IEnumerable<ReconciledChunk> LoadedFromSnapshot(IReadOnlyList<string> subjects, long runId)
    {
        if (subjects.Count == 0)
        {
            yield break;
        }

        var chunks = subjects.Chunk(SubjectsPerChunk).ToArray();
        var done = chunks.Select(_ => new TaskCompletionSource<ReconciledChunk>(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        var workers = Math.Clamp(Environment.ProcessorCount, 1, MaxWorkers);
        var inHand = new ClaimsInHand(ClaimsAheadOfWriter);
        using var stop = new CancellationTokenSource();
        var next = -1;
        var running = Enumerable.Range(0, workers).Select(_ => Task.Run(() =>
        {
            try
            {
                using var reader = SqliteStoreConnection.Open(store.Path, readOnly: true);
                using var snapshot = reader.BeginTransaction(deferred: true);
                using var loader = new StoredClaimLoader(reader);
                while (true)
                {
                    // Waiting before taking the next index keeps taken chunks a prefix of the unwritten ones: the chunk
                    // the writer waits for is always in a worker's hands, or nothing is in hand and there is room.
                    inHand.WaitForRoom(stop.Token);
                    var index = Interlocked.Increment(ref next);
                    if (index >= chunks.Length)
                    {
                        return;
                    }

                    var loaded = loader.Load(chunks[index]);
                    inHand.Take(loaded.Records.Count);
                    done[index].SetResult(Reconcile(chunks[index], loaded, runId));
                }
            }
            catch (Exception failure)
            {
                foreach (var pending in done)
                {
                    pending?.TrySetException(failure);
                }
            }
        })).ToArray();

        try
        {
            for (var index = 0; index < done.Length; index++)
            {
                var chunk = done[index].Task.GetAwaiter().GetResult();
                done[index] = null!; // written chunks are not kept
                yield return chunk;
                inHand.Release(chunk.Claims);
            }
        }
        finally
        {
            // A failed write must not leave workers waiting for room while the transaction rolls back.
            stop.Cancel();
            Task.WaitAll(running);
        }
    }

    /// <summary>The claims of the chunks taken and not yet written, bounded so memory stays flat however the claims fall
    /// into subjects. A count of chunks did not bound them: one subject may hold fifty times the claims of another.</summary>
    private sealed class ClaimsInHand(int budget)
    {
        private readonly object gate = new();
        private long held;

        /// <summary>Waits until the chunks in hand hold fewer claims than the budget.</summary>
        public void WaitForRoom(CancellationToken cancellation)
        {
            lock (gate)
            {
                while (held >= budget)
                {
                    cancellation.ThrowIfCancellationRequested();
                    Monitor.Wait(gate, TimeSpan.FromMilliseconds(50));
                }
            }
        }

        public void Take(int claims)
        {
            lock (gate)
            {
                held += claims;
            }
        }

        public void Release(int claims)
        {
            lock (gate)
            {
                held -= claims;
                Monitor.PulseAll(gate);
            }
        }
    }

    private const int MaxWorkers = 2;

    // The claims of the chunks taken and not yet written, at most (one chunk per worker may pass it). Six chunks ahead of
    // the writer bounded chunks, not claims: the generator's "goat" alone holds 27,000 of the 100 MB run's claims and
    // 54,000 at 200 MB, so six chunks of such subjects could be in hand. 30,000 claims is about as many as six ordinary
    // chunks at 200 MB: reconciliation takes the same 5.7-5.8 s there with peaks of 385-405 MiB (60,000 claims let the
    // peak reach 446 MiB for no gain in time).
    private const int ClaimsAheadOfWriter = 30_000;

    // Six subjects a chunk: the peak of memory comes while reconciling, from the chunks in hand (the 200 MB run, ten
    // documents a subject: 386-402 MiB against 444-450 MiB with sixteen; the 100 MB run: 287-299 MiB against 360-370 MiB,
    // reconciling in the same 2.5-2.6 s).
    private const int SubjectsPerChunk = 6;

    /// <summary>
    /// The subjects of every unreconciled document: those this process wrote are known already; the others (left by a
    /// killed run, or an older version this run retired) carry another run's id and are read from the store.
    /// </summary>
    private List<string> PendingSubjects(SqliteTransaction transaction, long runId)
    {
        var subjects = new HashSet<string>(store.WrittenSubjects, StringComparer.Ordinal);
        using var select = store.Command("""
            SELECT DISTINCT s.subject
            FROM unreconciled_documents u JOIN documents d ON d.id = u.document_id JOIN claim_subjects s ON s.document_id = d.id
            WHERE d.run_id <> $run;
            """, transaction);
        select.Parameters.AddWithValue("$run", runId);
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            subjects.Add(reader.GetString(0));
        }

        return [.. subjects.Order(StringComparer.Ordinal)];
    }

    private int ReplaceFacts(SqliteTransaction transaction, ReconciledChunk chunk)
    {
        // Sources first and by hand: the bulk reconciliation does not check foreign keys, so nothing cascades.
        using (var delete = store.Command("""
            DELETE FROM fact_sources WHERE fact_id IN (SELECT id FROM facts WHERE subject IN (SELECT value FROM json_each($subjects)));
            DELETE FROM facts WHERE subject IN (SELECT value FROM json_each($subjects));
            """, transaction))
        {
            delete.Parameters.AddWithValue("$subjects", JsonSerializer.Serialize(chunk.Subjects));
            delete.ExecuteNonQuery();
        }

        using var insert = new PreparedStatement(store.Connection, """
            INSERT INTO facts (subject, attribute, qualifiers, quantity, low, high, unit, si_low, si_high, si_unit, category, support, first_seen_run)
            VALUES ($subject, $attribute, $qualifiers, $quantity, $low, $high, $unit, $siLow, $siHigh, $siUnit, $category, $support, $firstRun);
            """);
        using var sources = new LinkInserter(store.Connection, "fact_sources", "fact_id");
        var (subject, attribute, qualifiers, quantity) = (insert.IndexOf("$subject"), insert.IndexOf("$attribute"), insert.IndexOf("$qualifiers"), insert.IndexOf("$quantity"));
        var (low, high, unit, siLow, siHigh, siUnit) =
            (insert.IndexOf("$low"), insert.IndexOf("$high"), insert.IndexOf("$unit"), insert.IndexOf("$siLow"), insert.IndexOf("$siHigh"), insert.IndexOf("$siUnit"));
        var (category, support, firstRun) = (insert.IndexOf("$category"), insert.IndexOf("$support"), insert.IndexOf("$firstRun"));
        foreach (var row in chunk.Facts)
        {
            var fact = row.Fact;
            insert.Bind(subject, fact.Subject);
            insert.Bind(attribute, fact.Attribute);
            insert.Bind(qualifiers, row.QualifiersJson);
            insert.Bind(quantity, fact.Quantity);
            insert.Bind(low, row.Low);
            insert.Bind(high, row.High);
            insert.Bind(unit, row.Unit);
            insert.Bind(siLow, fact.SiLow);
            insert.Bind(siHigh, fact.SiHigh);
            insert.Bind(siUnit, fact.SiUnit);
            insert.Bind(category, fact.Category);
            insert.Bind(support, fact.SupportCount);
            insert.Bind(firstRun, row.FirstSeenRun);
            var factRow = insert.RunInsert();
            foreach (var claimRow in row.SourceRows)
            {
                sources.Add(factRow, claimRow);
            }
        }

        sources.Flush();

        return chunk.Facts.Count;
    }

    private int MergeFlags(SqliteTransaction transaction, ReconciledChunk chunk)
    {
        var produced = new HashSet<string>(StringComparer.Ordinal);
        var created = 0;
        using var insert = new PreparedStatement(store.Connection, """
            INSERT INTO flags (signature, kind, rule, message, subject, attribute, status, created_run)
            VALUES ($signature, $kind, $rule, $message, $subject, $attribute, 'open', $run)
            ON CONFLICT (signature) DO UPDATE SET message = excluded.message
            RETURNING id, created_run = $run;
            """);
        using var links = new LinkInserter(store.Connection, "flag_claims", "flag_id");
        var (signature, kind, rule, message, subject, attribute) =
            (insert.IndexOf("$signature"), insert.IndexOf("$kind"), insert.IndexOf("$rule"), insert.IndexOf("$message"), insert.IndexOf("$subject"), insert.IndexOf("$attribute"));
        insert.Bind(insert.IndexOf("$run"), chunk.RunId);
        Span<long> returned = stackalloc long[2];
        foreach (var row in chunk.Flags)
        {
            produced.Add(row.Signature);
            insert.Bind(signature, row.Signature);
            insert.Bind(kind, row.Flag.Kind);
            insert.Bind(rule, row.Flag.Rule);
            insert.Bind(message, row.Flag.Message);
            insert.Bind(subject, row.Subject);
            insert.Bind(attribute, row.Attribute);
            insert.RunReturning(returned);
            created += returned[1] != 0 ? 1 : 0;
            foreach (var claimRow in row.ClaimRows)
            {
                links.Add(returned[0], claimRow);
            }
        }

        links.Flush();
        RemoveStaleOpenFlags(transaction, chunk.Subjects, produced);
        return created;
    }

    /// <summary>An open flag of a re-examined subject that no longer fires (its claim was retired) goes; decided flags stay.</summary>
    private void RemoveStaleOpenFlags(SqliteTransaction transaction, IReadOnlyList<string> subjects, HashSet<string> produced)
    {
        using var select = store.Command("SELECT id, signature FROM flags WHERE status = 'open' AND subject = $subject;", transaction);
        // Links first and by hand, as for facts; a flag with an audit trail keeps both.
        using var delete = store.Command("""
            DELETE FROM flag_claims WHERE flag_id = $id AND NOT EXISTS (SELECT 1 FROM audit WHERE flag_id = $id);
            DELETE FROM flags WHERE id = $id AND NOT EXISTS (SELECT 1 FROM audit WHERE flag_id = $id);
            """, transaction);
        var stale = new List<long>();
        foreach (var subject in subjects)
        {
            select.Parameters.Clear();
            select.Parameters.AddWithValue("$subject", subject);
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                if (!produced.Contains(reader.GetString(1)))
                {
                    stale.Add(reader.GetInt64(0));
                }
            }
        }

        foreach (var id in stale)
        {
            delete.Parameters.Clear();
            delete.Parameters.AddWithValue("$id", id);
            delete.ExecuteNonQuery();
        }
    }
}
