using System.Diagnostics;
using System.Globalization;
using FactMiner.Core.Classification;
using FactMiner.Core.Ingestion;
using FactMiner.Core.Pipeline;
using FactMiner.Core.Reconciliation;

namespace FactMiner.Benchmarks;

/// <summary><c>stage-times DIR</c>: how long each per-document stage and reconciliation take over a folder, on one core.</summary>
internal static class StageTimes
{
    public static async Task RunAsync(string folder)
    {
        var pipeline = StandardPipeline.Create(TopicClassifier.LoadDefault());
        var reader = new DocumentReader();
        var (sources, _) = SourceDiscovery.Discover([folder]);
        var times = new double[pipeline.Stages.Length];
        var allocated = new long[pipeline.Stages.Length];
        // Only the claims are kept for reconciliation: holding every processed document would make the collector, not the
        // stages, the cost being measured.
        var claims = new List<ClaimRecord>();
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
        }

        for (var s = 0; s < times.Length; s++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{pipeline.Stages[s].GetType().Name,-24} {times[s]:0.00} s, {allocated[s] / 1048576.0:0} MiB allocated"));
        }

        var reconcile = Stopwatch.StartNew();
        var result = ClaimReconciler.Default.Reconcile(claims);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"ClaimReconciler",-24} {reconcile.Elapsed.TotalSeconds:0.00} s ({result.Facts.Length} facts, {result.Flags.Length} flags)"));
    }
}
