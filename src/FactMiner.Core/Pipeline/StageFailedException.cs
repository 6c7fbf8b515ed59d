namespace FactMiner.Core.Pipeline;

/// <summary>A bug inside a stage, wrapped once with the stage and the document named.</summary>
public sealed class StageFailedException(string stage, string documentId, Exception inner)
    : Exception($"stage {stage} failed on document '{documentId}': {inner.Message}", inner)
{
    public string Stage { get; } = stage;

    public string DocumentId { get; } = documentId;
}
