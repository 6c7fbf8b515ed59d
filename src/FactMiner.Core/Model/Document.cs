using System.Collections.Immutable;

namespace FactMiner.Core.Model;

/// <summary>One document as it flows through the pipeline; each stage returns a new one.</summary>
/// <param name="Id">The path relative to the folder given, or the file name of a file given directly; <c>-</c> for stdin.</param>
/// <param name="SourcePath">Where it was read from.</param>
/// <param name="Text">The decoded text, BOM removed; every offset points into it.</param>
/// <param name="Sha256">Lowercase hex SHA-256 of the file's bytes.</param>
public sealed record Document(string Id, string SourcePath, string Text, string Sha256)
{
    public ImmutableArray<Sentence> Sentences { get; init; } = [];
}
