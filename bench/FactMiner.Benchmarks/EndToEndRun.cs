using System.Diagnostics;
using System.Globalization;
using FactMiner.Core.Classification;
using FactMiner.Core.Ingestion;
using FactMiner.Core.Pipeline;
using FactMiner.Core.Reconciliation;
using FactMiner.Core.Storage;

namespace FactMiner.Benchmarks;

/// <summary>
/// <c>run-end-to-end [MB] [DIR]</c>: the whole <c>factminer run</c> over a generated corpus of files into a fresh store,
/// reporting MB/s and peak memory. One long run is the measurement here, so it is a command, not a BenchmarkDotNet case.
/// </summary>
internal static class EndToEndRun
{
    private sealed class PhaseClock(Action<RunProgress> onReport) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => onReport(value);
    }

    // Scraped fact pages run to a few pages of text.
    private const int CharsPerDocument = 16_000;

    public static async Task RunAsync(int megabytes, string folder, AllocationSampler? sampler = null)
    {
        var corpus = Path.Combine(folder, $"species-corpus-{megabytes}mb");
        if (!Directory.Exists(corpus))
        {
            Directory.CreateDirectory(corpus);
            var documents = megabytes * 1_000_000 / CharsPerDocument;
            for (var i = 0; i < documents; i++)
            {
                File.WriteAllText(Path.Combine(corpus, $"doc-{i:D6}.txt"), CorpusGenerator.GenerateDocument(CharsPerDocument, i));
            }
        }

        var bytes = Directory.EnumerateFiles(corpus).Sum(f => new FileInfo(f).Length);
        var db = Path.Combine(folder, "end-to-end.db");
        foreach (var stale in new[] { db, db + "-wal", db + "-shm" })
        {
            File.Delete(stale);
        }

        // As the CLI does: the spare core compiles the stages while this one loads the model.
        PipelineWarmUp.Start();
        var classifier = TopicClassifier.LoadDefault();
        using var store = SqliteFactStore.Open(db);
        var run = new BatchRun(new DocumentReader(), StandardPipeline.Create(classifier), ClaimReconciler.Default, store, StoreVersions.Of(classifier)); // what run records: every claim carries them
        var stopwatch = Stopwatch.StartNew();
        var reconcilingFrom = TimeSpan.Zero;
        var (gen0AtReconcile, gen1AtReconcile, gen2AtReconcile, pauseAtReconcile, allocatedAtReconcile) = (0, 0, 0, TimeSpan.Zero, 0L);
        var phases = new PhaseClock(p =>
        {
            if (p.Phase == "reconciling" && reconcilingFrom == TimeSpan.Zero)
            {
                reconcilingFrom = stopwatch.Elapsed;
                if (sampler is not null)
                {
                    Console.WriteLine("allocated most before reconciling:");
                    sampler.Print(20);
                    Console.WriteLine("allocated most while reconciling:");
                }

                (gen0AtReconcile, gen1AtReconcile, gen2AtReconcile, pauseAtReconcile, allocatedAtReconcile) =
                    (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
            }
        });
        var summary = await run.RunAsync([corpus], d => Console.Error.WriteLine(d), phases, CancellationToken.None);
        stopwatch.Stop();
        using var process = Process.GetCurrentProcess();
        var sinceStart = DateTime.Now - process.StartTime;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{summary.DocumentsNew} documents, {bytes / 1e6:0.0} MB, {summary.Sentences:N0} sentences, {summary.Claims:N0} claims, {summary.Facts:N0} facts, {summary.FlagsNew:N0} flags"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"read, processed and stored in {reconcilingFrom.TotalSeconds:0.0} s ({bytes / 1e6 / reconcilingFrom.TotalSeconds:0.00} MB/s), reconciled in {(stopwatch.Elapsed - reconcilingFrom).TotalSeconds:0.0} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{stopwatch.Elapsed.TotalSeconds:0.0} s, {bytes / 1e6 / stopwatch.Elapsed.TotalSeconds:0.00} MB/s, peak working set {process.PeakWorkingSet64 / 1048576.0:0} MiB, {Environment.ProcessorCount} cores; {sinceStart.TotalSeconds:0.0} s since the process started (model loading and store opening included)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"CPU {process.TotalProcessorTime.TotalSeconds:0.0} s, {GC.GetTotalAllocatedBytes() / 1073741824.0:0.0} GiB allocated ({(GC.GetTotalAllocatedBytes() - allocatedAtReconcile) / 1073741824.0:0.00} GiB while reconciling); GC before reconciling: paused {pauseAtReconcile.TotalSeconds:0.0} s over {gen0AtReconcile} collections ({gen1AtReconcile} gen1, {gen2AtReconcile} gen2), while reconciling: paused {(GC.GetTotalPauseDuration() - pauseAtReconcile).TotalSeconds:0.0} s over {GC.CollectionCount(0) - gen0AtReconcile} ({GC.CollectionCount(1) - gen1AtReconcile} gen1, {GC.CollectionCount(2) - gen2AtReconcile} gen2)"));
    }
}
