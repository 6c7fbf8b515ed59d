namespace FactMiner.Core.Storage;

/// <summary>What produced a claim: recorded on every claim for provenance.</summary>
/// <param name="Extractor">FactMiner's assembly version.</param>
/// <param name="Model">The topic model's identity (file hash prefix).</param>
public sealed record StoreVersions(string Extractor, string Model);
