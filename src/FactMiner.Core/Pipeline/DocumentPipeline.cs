using System.Collections.Immutable;
using FactMiner.Core.Model;

namespace FactMiner.Core.Pipeline;

/// <summary>Runs the per-document stages in order; each returns a new document.</summary>
public sealed class DocumentPipeline
{
    public DocumentPipeline(IEnumerable<IDocumentStage> stages)
    {
        ArgumentNullException.ThrowIfNull(stages);
        Stages = [.. stages];
        if (Stages.IsEmpty)
        {
            throw new ArgumentException("A pipeline needs at least one stage.", nameof(stages));
        }
    }

    public ImmutableArray<IDocumentStage> Stages { get; }

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var stage in Stages)
        {
            try
            {
                document = stage.Process(document);
            }
            catch (Exception e) when (e is not OperationCanceledException and not StageFailedException)
            {
                throw new StageFailedException(stage.GetType().Name, document.Id, e);
            }
        }

        return document;
    }
}
