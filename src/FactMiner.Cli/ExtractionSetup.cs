using FactMiner.Core.Classification;
using FactMiner.Core.Ingestion;
using FactMiner.Core.Pipeline;
using FactMiner.Core.Reconciliation;

namespace FactMiner.Cli;

/// <summary>Builds the in-memory extraction, turning a missing or broken model into one clear line on stderr.</summary>
internal static class ExtractionSetup
{
    public static TopicClassifier? LoadClassifier(string? modelPath, TextWriter error)
    {
        // Loading the model keeps one core busy; the other compiles the stages meanwhile.
        PipelineWarmUp.Start();
        try
        {
            return modelPath is null ? TopicClassifier.LoadDefault() : TopicClassifier.Load(modelPath);
        }
        catch (TopicModelException e)
        {
            error.WriteLine($"error: {e.Message}");
            return null;
        }
    }

    public static InMemoryExtraction? Create(string? modelPath, TextWriter error) =>
        LoadClassifier(modelPath, error) is { } classifier
            ? new InMemoryExtraction(new DocumentReader(), StandardPipeline.Create(classifier), ClaimReconciler.Default)
            : null;
}
