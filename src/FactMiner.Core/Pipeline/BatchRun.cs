using System.Diagnostics;
using System.Threading.Channels;
using FactMiner.Core.Ingestion;
using FactMiner.Core.Model;
using FactMiner.Core.Reconciliation;
using FactMiner.Core.Storage;

namespace FactMiner.Core.Pipeline;

/// <summary>
/// <c>factminer run</c>: read → process → write as a bounded pipeline (both cores, flat memory), new documents only,
/// each batch of documents committed in one transaction, then the touched (subject, attribute) keys reconciled.
/// </summary>
public sealed class BatchRun(DocumentReader reader, DocumentPipeline pipeline, ClaimReconciler reconciler, SqliteFactStore store, StoreVersions versions, TimeProvider? timeProvider = null)
{
    private const int DocumentsPerTransaction = 16;
    private readonly TimeProvider clock = timeProvider ?? TimeProvider.System;

    public async Task<RunSummary> RunAsync(IEnumerable<string> paths, Action<Diagnostic> report, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var stopwatch = Stopwatch.StartNew();
        var (sources, discoveryDiagnostics) = SourceDiscovery.Discover(paths);
        var runId = store.BeginRun(versions, clock.GetUtcNow());
        var counters = new RunCounters();
        foreach (var diagnostic in discoveryDiagnostics)
        {
            report(diagnostic);
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                store.RecordFailure(diagnostic, diagnostic.Path, runId);
                counters.Failed++;
            }
        }

        var known = store.KnownHashes();
        // One failing stage cancels the others, so no stage waits forever on a full channel.
        using var failFast = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cancellationToken = failFast.Token;
        var toProcess = Channel.CreateBounded<Document>(new BoundedChannelOptions(Environment.ProcessorCount * 2) { SingleWriter = true });
        var toWrite = Channel.CreateBounded<Document>(new BoundedChannelOptions(DocumentsPerTransaction * 2) { SingleReader = true });

        void Report(string phase) => progress?.Report(new RunProgress(counters.Done, sources.Count, counters.Bytes, stopwatch.Elapsed, phase));

        var readTask = Task.Run(async () =>
        {
            try
            {
                foreach (var source in sources)
                {
                    var result = await reader.ReadAsync(source, cancellationToken).ConfigureAwait(false);
                    if (result.Failure is { } failure)
                    {
                        report(failure);
                        store.RecordFailure(failure, source.Id, runId);
                        Interlocked.Increment(ref counters.Failed);
                        Interlocked.Increment(ref counters.Done);
                        Report("reading");
                    }
                    else if (!known.Add(result.Document!.Sha256))
                    {
                        Interlocked.Increment(ref counters.Unchanged);
                        Interlocked.Increment(ref counters.Done);
                        Report("reading");
                    }
                    else
                    {
                        await toProcess.Writer.WriteAsync(result.Document, cancellationToken).ConfigureAwait(false);
                    }
                }
            }
            finally
            {
                toProcess.Writer.Complete();
            }
        }, cancellationToken);

        var processTask = Task.Run(async () =>
        {
            try
            {
                await Parallel.ForEachAsync(
                    toProcess.Reader.ReadAllAsync(cancellationToken),
                    new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
                    async (document, ct) => await toWrite.Writer.WriteAsync(pipeline.Process(document), ct).ConfigureAwait(false)).ConfigureAwait(false);
            }
            finally
            {
                toWrite.Writer.Complete();
            }
        }, cancellationToken);

        var writeTask = Task.Run(async () =>
        {
            var batch = new List<Document>(DocumentsPerTransaction);
            await foreach (var document in toWrite.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                batch.Add(document);
                if (batch.Count == DocumentsPerTransaction || toWrite.Reader.Count == 0)
                {
                    Flush(batch, runId, counters);
                    Report("processing");
                }
            }

            Flush(batch, runId, counters);
        }, cancellationToken);

        foreach (var task in new[] { readTask, processTask, writeTask })
        {
            _ = task.ContinueWith(_ => failFast.Cancel(), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }

        await Task.WhenAll(readTask, processTask, writeTask).ConfigureAwait(false);
        Report("reconciling");
        var reconciled = new StoreReconciliation(store, reconciler).ReconcilePending(runId);
        var summary = new RunSummary
        {
            RunId = runId,
            DocumentsNew = counters.New,
            DocumentsUnchanged = counters.Unchanged,
            DocumentsFailed = counters.Failed,
            Sentences = counters.Sentences,
            Claims = counters.Claims,
            Facts = reconciled.Facts,
            FlagsNew = reconciled.NewFlags,
            KeysReconciled = reconciled.Keys,
            Bytes = counters.Bytes,
            Elapsed = stopwatch.Elapsed,
        };
        store.FinishRun(summary, clock.GetUtcNow());
        Report("done");
        return summary;
    }

    private void Flush(List<Document> batch, long runId, RunCounters counters)
    {
        if (batch.Count == 0)
        {
            return;
        }

        store.WriteDocuments(batch, runId);
        foreach (var document in batch)
        {
            counters.New++;
            counters.Sentences += document.Sentences.Length;
            counters.Claims += document.Sentences.Sum(s => s.Claims.Length + s.Categorical.Length);
            counters.Bytes += document.Text.Length;
            Interlocked.Increment(ref counters.Done);
        }

        batch.Clear();
    }

    private sealed class RunCounters
    {
        public int New;
        public int Unchanged;
        public int Failed;
        public int Done;
        public int Sentences;
        public int Claims;
        public long Bytes;
    }
}
