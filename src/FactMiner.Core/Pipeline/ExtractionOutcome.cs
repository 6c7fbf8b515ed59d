using FactMiner.Core.Model;

namespace FactMiner.Core.Pipeline;

/// <summary>What an in-memory extraction found: processed documents in id order, and what reconciliation said of them.</summary>
/// <param name="FailedCount">Sources that could not be read (each already reported).</param>
public sealed record ExtractionOutcome(
    IReadOnlyList<Document> Documents,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<Flag> Flags,
    int FailedCount);
