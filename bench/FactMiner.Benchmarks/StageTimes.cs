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
        var processed = new List<FactMiner.Core.Model.Document>();
        foreach (var source in sources)
        {
            var document = (await reader.ReadAsync(source, CancellationToken.None)).Document!;
            for (var s = 0; s < pipeline.Stages.Length; s++)
            {
                var clock = Stopwatch.StartNew();
                document = pipeline.Stages[s].Process(document);
                times[s] += clock.Elapsed.TotalSeconds;
            }

            processed.Add(document);
        }

        for (var s = 0; s < times.Length; s++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{pipeline.Stages[s].GetType().Name,-24} {times[s]:0.00} s"));
        }

        var reconcile = Stopwatch.StartNew();
        var result = ClaimReconciler.Default.Reconcile(processed);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"ClaimReconciler",-24} {reconcile.Elapsed.TotalSeconds:0.00} s ({result.Facts.Length} facts, {result.Flags.Length} flags)"));
    }
}
