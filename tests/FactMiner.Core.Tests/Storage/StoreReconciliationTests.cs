using FactMiner.Core.Reconciliation;
using FactMiner.Core.Storage;
using FactMiner.Core.Tests.Support;
using Microsoft.Data.Sqlite;

namespace FactMiner.Core.Tests.Storage;

public sealed class StoreReconciliationTests : IDisposable
{
    private const int Subjects = 40;

    private readonly string folder = Directory.CreateTempSubdirectory("factminer-reconcile-").FullName;

    private string Db => Path.Combine(folder, "facts.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void ReconcilePending_ManySubjects_StoresWhatReconcilingThemOnTheRunsOwnConnectionStores()
    {
        // Enough subjects for several chunks over both workers, each with two agreeing weights and a tenfold outlier.
        using var store = SqliteFactStore.Open(Db);
        var runId = store.BeginRun(ReviewStoreSeed.Versions, DateTimeOffset.UnixEpoch);
        store.WriteDocuments(
        [
            .. Enumerable.Range(1, Subjects).SelectMany(i => new[]
            {
                ReviewStoreSeed.Doc($"range-{i}.txt", $"deer {i}", ($"Deer {i} adults weigh 7–17 kg.", ReviewStoreSeed.Weight("7–17 kg", 7, 17, "kg", 1))),
                ReviewStoreSeed.Doc($"about-{i}.txt", $"deer {i}", ($"A deer {i} weighs about 11 kg.", ReviewStoreSeed.Weight("about 11 kg", 11, 11, "kg", 1, "approximate"))),
                ReviewStoreSeed.Doc($"outlier-{i}.txt", $"deer {i}", ($"A deer {i} weighs 110 kg.", ReviewStoreSeed.Weight("110 kg", 110, 110, "kg", 1))),
            }),
        ], runId);

        var reconciliation = new StoreReconciliation(store, ClaimReconciler.Default);
        var (_, facts, newFlags) = reconciliation.ReconcilePending(runId);
        var afterRun = Tables(store);
        var subjects = Enumerable.Range(1, Subjects).Select(i => $"deer {i}").Order(StringComparer.Ordinal).ToList();
        store.InTransaction(transaction => reconciliation.ReconcileSubjects(transaction, subjects, runId));

        Assert.Equal(Subjects * 2, facts);
        Assert.Equal(Subjects, newFlags);
        Assert.Equal(afterRun, Tables(store));
    }

    [Fact]
    public void ReconcilePending_DocumentsAnEarlierProcessLeftUnreconciled_AreReconciledByTheNextRun()
    {
        // The first process stores its documents and dies before reconciling; the next one never saw them written.
        using (var killed = SqliteFactStore.Open(Db))
        {
            var killedRun = killed.BeginRun(ReviewStoreSeed.Versions, DateTimeOffset.UnixEpoch);
            killed.WriteDocuments(
            [
                ReviewStoreSeed.Doc("range.txt", "deer", ("Deer adults weigh 7–17 kg.", ReviewStoreSeed.Weight("7–17 kg", 7, 17, "kg", 1))),
                ReviewStoreSeed.Doc("outlier.txt", "deer", ("A deer weighs 110 kg.", ReviewStoreSeed.Weight("110 kg", 110, 110, "kg", 1))),
            ], killedRun);
        }

        SqliteConnection.ClearAllPools();
        using var store = SqliteFactStore.Open(Db);
        var runId = store.BeginRun(ReviewStoreSeed.Versions, DateTimeOffset.UnixEpoch);
        store.WriteDocuments(
            [ReviewStoreSeed.Doc("yak.txt", "wild yak", ("A wild yak weighs 500 kg.", ReviewStoreSeed.Weight("500 kg", 500, 500, "kg", 1)))],
            runId);

        var (keys, facts, newFlags) = new StoreReconciliation(store, ClaimReconciler.Default).ReconcilePending(runId);

        Assert.Equal(2, keys);
        Assert.Equal(3, facts);
        Assert.Equal(1, newFlags);
        Assert.Contains(Tables(store), row => row.StartsWith("fact deer weight", StringComparison.Ordinal));
    }

    [Fact]
    public void ReconcilePending_ChangedFileNoLongerAboutASubject_TakesThatSubjectsFactsFromItsOldVersionAway()
    {
        using var store = SqliteFactStore.Open(Db);
        var first = store.BeginRun(ReviewStoreSeed.Versions, DateTimeOffset.UnixEpoch);
        store.WriteDocuments(
            [ReviewStoreSeed.Doc("page.txt", "deer", ("Deer adults weigh 7–17 kg.", ReviewStoreSeed.Weight("7–17 kg", 7, 17, "kg", 1)))],
            first);
        new StoreReconciliation(store, ClaimReconciler.Default).ReconcilePending(first);
        Assert.Contains(Tables(store), row => row.StartsWith("fact deer weight", StringComparison.Ordinal));

        // The page is rewritten about another animal: its old version, and so its deer claim, is retired.
        var second = store.BeginRun(ReviewStoreSeed.Versions, DateTimeOffset.UnixEpoch);
        store.WriteDocuments(
            [ReviewStoreSeed.Doc("page.txt", "wild yak", ("A wild yak weighs 500 kg.", ReviewStoreSeed.Weight("500 kg", 500, 500, "kg", 1)))],
            second);
        new StoreReconciliation(store, ClaimReconciler.Default).ReconcilePending(second);

        var rows = Tables(store);
        Assert.DoesNotContain(rows, row => row.StartsWith("fact deer", StringComparison.Ordinal));
        Assert.Contains(rows, row => row.StartsWith("fact wild yak weight", StringComparison.Ordinal));
    }

    /// <summary>Facts with their sources and flags with their claims, by content (fact row ids change when facts are replaced).</summary>
    private static List<string> Tables(SqliteFactStore store)
    {
        using var select = store.Command("""
            SELECT 'fact ' || f.subject || ' ' || f.attribute || ' ' || f.qualifiers || ' ' || ifnull(f.low, '') || '-' || ifnull(f.high, '') || ' ' ||
                   ifnull(f.unit, '') || ' x' || f.support || ' run ' || f.first_seen_run || ' from ' ||
                   (SELECT group_concat(c.claim_id, ',') FROM (SELECT c.claim_id FROM fact_sources s JOIN claims c ON c.id = s.claim_id WHERE s.fact_id = f.id ORDER BY c.id) c)
            FROM facts f
            UNION ALL
            SELECT 'flag ' || g.signature || ' ' || g.kind || ' ' || g.status || ' ' || g.message || ' on ' ||
                   (SELECT group_concat(c.claim_id, ',') FROM (SELECT c.claim_id FROM flag_claims l JOIN claims c ON c.id = l.claim_id WHERE l.flag_id = g.id ORDER BY c.id) c)
            FROM flags g
            ORDER BY 1;
            """);
        using var reader = select.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
