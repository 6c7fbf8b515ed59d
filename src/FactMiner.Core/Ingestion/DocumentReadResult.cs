using FactMiner.Core.Model;

namespace FactMiner.Core.Ingestion;

/// <summary>What reading one source gave: a document, or the diagnostic that says why not.</summary>
public sealed record DocumentReadResult(SourceFile Source, Document? Document, Diagnostic? Failure)
{
    public bool Succeeded => Document is not null;
}
