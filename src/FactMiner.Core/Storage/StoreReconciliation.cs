using System.Collections.Immutable;
using System.Text.Json;
using FactMiner.Core.Extraction;
using FactMiner.Core.Model;
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
    public (int Keys, int Facts, int NewFlags) ReconcilePending(long runId) => store.InTransaction(transaction =>
    {
        var result = ReconcileSubjects(transaction, PendingSubjects(transaction), runId);
        using (var mark = store.Command("UPDATE documents SET reconciled = 1 WHERE reconciled = 0;", transaction))
        {
            mark.ExecuteNonQuery();
        }

        return result;
    });

    /// <summary>Re-examines every key of these subjects inside the caller's transaction (a run, or a curator's decision).</summary>
    public (int Keys, int Facts, int NewFlags) ReconcileSubjects(SqliteTransaction transaction, IReadOnlyList<string> subjects, long runId)
    {
        if (subjects.Count == 0)
        {
            return (0, 0, 0);
        }

        // Plausibility rules compare a subject's attributes with each other (shoulder height against height, mass
        // against length), so the unit of re-examination is the subject: all its keys, and nothing else. Subjects never
        // meet each other, so they are taken a few at a time and memory holds a few chunks' claims, not the store's.
        // The connection stays on this thread, loading and writing in chunk order, while the other core reconciles the
        // chunk just loaded.
        var (keys, facts, newFlags) = (0, 0, 0);
        var inFlight = new Queue<Task<(string[] Chunk, StoredClaims Loaded, ReconciliationResult Result)>>();
        void WriteOldest()
        {
            var (chunk, loaded, result) = inFlight.Dequeue().GetAwaiter().GetResult();
            facts += ReplaceFacts(transaction, chunk, result.Facts, loaded, runId);
            newFlags += MergeFlags(transaction, chunk, result.Flags, loaded, runId);
            keys += result.Keys.Count;
        }

        foreach (var chunk in subjects.Chunk(SubjectsPerChunk))
        {
            var loaded = StoredClaimLoader.Load(store, transaction, chunk);
            inFlight.Enqueue(Task.Run(() => (chunk, loaded, reconciler.Reconcile(loaded.Records))));
            if (inFlight.Count > 1)
            {
                WriteOldest();
            }
        }

        while (inFlight.Count > 0)
        {
            WriteOldest();
        }

        return (keys, facts, newFlags);
    }

    private const int SubjectsPerChunk = 64;

    private List<string> PendingSubjects(SqliteTransaction transaction)
    {
        using var select = store.Command("""
            SELECT DISTINCT c.subject FROM claims c JOIN documents d ON d.id = c.document_id
            WHERE d.reconciled = 0 AND c.subject IS NOT NULL ORDER BY c.subject;
            """, transaction);
        using var reader = select.ExecuteReader();
        var subjects = new List<string>();
        while (reader.Read())
        {
            subjects.Add(reader.GetString(0));
        }

        return subjects;
    }

    private int ReplaceFacts(SqliteTransaction transaction, IReadOnlyList<string> subjects, IReadOnlyList<Fact> facts, StoredClaims loaded, long runId)
    {
        using (var delete = store.Command("DELETE FROM facts WHERE subject IN (SELECT value FROM json_each($subjects));", transaction))
        {
            delete.Parameters.AddWithValue("$subjects", JsonSerializer.Serialize(subjects));
            delete.ExecuteNonQuery();
        }

        using var insert = new PreparedStatement(store.Connection, """
            INSERT INTO facts (subject, attribute, qualifiers, quantity, low, high, unit, si_low, si_high, si_unit, category, support, first_seen_run)
            VALUES ($subject, $attribute, $qualifiers, $quantity, $low, $high, $unit, $siLow, $siHigh, $siUnit, $category, $support, $firstRun)
            RETURNING id;
            """);
        using var source = new PreparedStatement(store.Connection, "INSERT OR IGNORE INTO fact_sources (fact_id, claim_id) VALUES ($fact, $claim);");
        var (subject, attribute, qualifiers, quantity) = (insert.IndexOf("$subject"), insert.IndexOf("$attribute"), insert.IndexOf("$qualifiers"), insert.IndexOf("$quantity"));
        var (low, high, unit, siLow, siHigh, siUnit) =
            (insert.IndexOf("$low"), insert.IndexOf("$high"), insert.IndexOf("$unit"), insert.IndexOf("$siLow"), insert.IndexOf("$siHigh"), insert.IndexOf("$siUnit"));
        var (category, support, firstRun) = (insert.IndexOf("$category"), insert.IndexOf("$support"), insert.IndexOf("$firstRun"));
        var (sourceFact, sourceClaim) = (source.IndexOf("$fact"), source.IndexOf("$claim"));
        Span<long> factId = stackalloc long[1];
        foreach (var fact in facts)
        {
            var sources = fact.Sources.Where(loaded.RowIds.ContainsKey).ToArray();
            var (sourceLow, sourceHigh, sourceUnit) = InSourceUnit(fact, loaded);
            insert.Bind(subject, fact.Subject);
            insert.Bind(attribute, fact.Attribute);
            insert.Bind(qualifiers, JsonSerializer.Serialize(fact.Qualifiers.ToArray()));
            insert.Bind(quantity, fact.Quantity);
            insert.Bind(low, sourceLow);
            insert.Bind(high, sourceHigh);
            insert.Bind(unit, sourceUnit);
            insert.Bind(siLow, fact.SiLow);
            insert.Bind(siHigh, fact.SiHigh);
            insert.Bind(siUnit, fact.SiUnit);
            insert.Bind(category, fact.Category);
            insert.Bind(support, fact.SupportCount);
            // First seen in the earliest run that stored one of its sources.
            insert.Bind(firstRun, sources.Length == 0 ? runId : sources.Min(id => loaded.RunIds[id]));
            insert.RunReturning(factId);
            source.Bind(sourceFact, factId[0]);
            foreach (var id in sources)
            {
                source.Bind(sourceClaim, loaded.RowIds[id]);
                source.Run();
            }
        }

        return facts.Count;
    }

    private int MergeFlags(SqliteTransaction transaction, IReadOnlyList<string> subjects, IReadOnlyList<Flag> flags, StoredClaims loaded, long runId)
    {
        var produced = new HashSet<string>(StringComparer.Ordinal);
        var created = 0;
        using var insert = new PreparedStatement(store.Connection, """
            INSERT INTO flags (signature, kind, rule, message, subject, attribute, status, created_run)
            VALUES ($signature, $kind, $rule, $message, $subject, $attribute, 'open', $run)
            ON CONFLICT (signature) DO UPDATE SET message = excluded.message
            RETURNING id, created_run = $run;
            """);
        using var link = new PreparedStatement(store.Connection, "INSERT OR IGNORE INTO flag_claims (flag_id, claim_id) VALUES ($flag, $claim);");
        var (signatureAt, kind, rule, message, subject, attribute) =
            (insert.IndexOf("$signature"), insert.IndexOf("$kind"), insert.IndexOf("$rule"), insert.IndexOf("$message"), insert.IndexOf("$subject"), insert.IndexOf("$attribute"));
        var (linkFlag, linkClaim) = (link.IndexOf("$flag"), link.IndexOf("$claim"));
        insert.Bind(insert.IndexOf("$run"), runId);
        Span<long> returned = stackalloc long[2];
        foreach (var flag in flags)
        {
            var rows = flag.ClaimIds.Where(loaded.RowIds.ContainsKey).Select(id => loaded.RowIds[id]).Order().ToArray();
            var signature = $"{flag.Rule}:{string.Join(',', rows)}";
            produced.Add(signature);
            var first = flag.ClaimIds.Select(loaded.Find).FirstOrDefault(c => c is not null);
            insert.Bind(signatureAt, signature);
            insert.Bind(kind, flag.Kind);
            insert.Bind(rule, flag.Rule);
            insert.Bind(message, flag.Message);
            insert.Bind(subject, first?.Subject);
            insert.Bind(attribute, first?.Attribute);
            insert.RunReturning(returned);
            created += returned[1] != 0 ? 1 : 0;
            link.Bind(linkFlag, returned[0]);
            foreach (var row in rows)
            {
                link.Bind(linkClaim, row);
                link.Run();
            }
        }

        RemoveStaleOpenFlags(transaction, subjects, produced);
        return created;
    }

    /// <summary>A fact's interval in the unit its sources used most, so people read "15-38 lb", not only kilograms.</summary>
    private static (double? Low, double? High, string? Unit) InSourceUnit(Fact fact, StoredClaims loaded)
    {
        var unit = fact.Sources
            .Select(id => loaded.Find(id)?.Numeric?.Unit)
            .Where(u => u is not null)
            .GroupBy(u => u!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstOrDefault();
        if (unit is null || UnitTable.Default.Find(unit) is not { } definition)
        {
            return (fact.SiLow, fact.SiHigh, fact.SiUnit);
        }

        double? From(double? si) => si is { } value ? SiRounding.Round(value / definition.SiFactor) : null;
        return (From(fact.SiLow), From(fact.SiHigh), unit);
    }

    /// <summary>An open flag of a re-examined subject that no longer fires (its claim was retired) goes; decided flags stay.</summary>
    private void RemoveStaleOpenFlags(SqliteTransaction transaction, IReadOnlyList<string> subjects, HashSet<string> produced)
    {
        using var select = store.Command("SELECT id, signature FROM flags WHERE status = 'open' AND subject = $subject;", transaction);
        using var delete = store.Command("DELETE FROM flags WHERE id = $id AND NOT EXISTS (SELECT 1 FROM audit WHERE flag_id = $id);", transaction);
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
