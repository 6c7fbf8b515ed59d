using System.Diagnostics;
using System.Globalization;
using FactMiner.Core.Classification;
using FactMiner.Core.Ingestion;
using FactMiner.Core.Pipeline;
using FactMiner.Core.Model;
using FactMiner.Core.Reconciliation;
using FactMiner.Core.Storage;

namespace FactMiner.Benchmarks;

/// <summary><c>stage-times DIR</c>: how long each per-document stage, storing the documents (16 per transaction, as a run
/// does) and reconciliation take over a folder, on one core.</summary>
internal static class StageTimes
{
    public static async Task RunAsync(string folder)
    {
        var classifier = TopicClassifier.LoadDefault();
        var pipeline = StandardPipeline.Create(classifier);
        var reader = new DocumentReader();
        var (sources, _) = SourceDiscovery.Discover([folder]);
        var times = new double[pipeline.Stages.Length];
        var allocated = new long[pipeline.Stages.Length];
        // Only the claims are kept for reconciliation: holding every processed document would make the collector, not the
        // stages, the cost being measured.
        var claims = new List<ClaimRecord>();
        var storeFolder = Directory.CreateTempSubdirectory("factminer-stage-times-");
        using var store = SqliteFactStore.Open(Path.Combine(storeFolder.FullName, "stage-times.db"));
        var versions = StoreVersions.Of(classifier);
        var runId = store.BeginRun(versions, DateTimeOffset.UtcNow);
        var batch = new List<Document>();
        var (storing, storingAllocated) = (0.0, 0L);
        void Store()
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            store.WriteDocuments(batch, runId);
            storing += clock.Elapsed.TotalSeconds;
            storingAllocated += GC.GetAllocatedBytesForCurrentThread() - before;
            batch.Clear();
        }

        foreach (var source in sources)
        {
            var document = (await reader.ReadAsync(source, CancellationToken.None)).Document!;
            for (var s = 0; s < pipeline.Stages.Length; s++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var clock = Stopwatch.StartNew();
                document = pipeline.Stages[s].Process(document);
                times[s] += clock.Elapsed.TotalSeconds;
                allocated[s] += GC.GetAllocatedBytesForCurrentThread() - before;
            }

            claims.AddRange(ClaimRecord.From(document));
            batch.Add(document);
            if (batch.Count == 16)
            {
                Store();
            }
        }

        Store();

        for (var s = 0; s < times.Length; s++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{pipeline.Stages[s].GetType().Name,-24} {times[s]:0.00} s, {allocated[s] / 1048576.0:0} MiB allocated"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"Storing",-24} {storing:0.00} s, {storingAllocated / 1048576.0:0} MiB allocated"));
        store.Dispose();
        storeFolder.Delete(recursive: true);
        var reconcile = Stopwatch.StartNew();
        var result = ClaimReconciler.Default.Reconcile(claims);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"ClaimReconciler",-24} {reconcile.Elapsed.TotalSeconds:0.00} s ({result.Facts.Length} facts, {result.Flags.Length} flags)"));
    }
}
