using FactMiner.Core.Ingestion;
using FactMiner.Core.Model;
using FactMiner.Core.Reconciliation;

namespace FactMiner.Core.Pipeline;

/// <summary>
/// Reads every source, runs the per-document stages on both cores, then reconciles all claims together so flags
/// can link sentences of different documents. Stores nothing: this is <c>factminer extract</c>.
/// </summary>
public sealed class InMemoryExtraction(DocumentReader reader, DocumentPipeline pipeline, ClaimReconciler reconciler)
{
    public async Task<ExtractionOutcome> RunAsync(IEnumerable<string> paths, Action<Diagnostic> report, CancellationToken cancellationToken, Stream? standardInput = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var (sources, discoveryDiagnostics) = SourceDiscovery.Discover(paths);
        var failed = 0;
        foreach (var diagnostic in discoveryDiagnostics)
        {
            report(diagnostic);
            failed += diagnostic.Severity == DiagnosticSeverity.Error ? 1 : 0;
        }

        var documents = new List<Document>(sources.Count);
        foreach (var source in sources)
        {
            var result = await reader.ReadAsync(source, cancellationToken, standardInput).ConfigureAwait(false);
            if (result.Failure is { } failure)
            {
                report(failure);
                failed++;
            }
            else
            {
                documents.Add(result.Document!);
            }
        }

        var processed = documents
            .AsParallel()
            .AsOrdered()
            .WithCancellation(cancellationToken)
            .Select(pipeline.Process)
            .ToList();
        var reconciliation = reconciler.Reconcile(processed);
        return new ExtractionOutcome(processed, reconciliation.Facts, reconciliation.Flags, failed);
    }
}
