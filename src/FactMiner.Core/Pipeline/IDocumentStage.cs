using FactMiner.Core.Model;

namespace FactMiner.Core.Pipeline;

/// <summary>The seam for per-document work: reads a document, returns a new one with its findings added.</summary>
public interface IDocumentStage
{
    Document Process(Document document);
}
