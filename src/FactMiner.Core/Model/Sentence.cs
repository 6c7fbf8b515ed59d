using System.Collections.Immutable;

namespace FactMiner.Core.Model;

/// <summary>A sentence: offsets into its document's text, and what the stages found in it.</summary>
/// <param name="Index">0-based position within the document.</param>
/// <param name="Start">Offset of the first character, inclusive.</param>
/// <param name="End">Offset past the last character, exclusive.</param>
/// <param name="Text">The slice with internal whitespace runs folded to one space.</param>
public sealed record Sentence(int Index, int Start, int End, string Text)
{
    /// <summary>Tokens with offsets into the document text (not into <see cref="Text"/>).</summary>
    public ImmutableArray<Token> Tokens { get; init; } = [];

    public string? Topic { get; init; }

    public double TopicConfidence { get; init; }

    /// <summary>Lowercase organism noun phrase, modifiers kept; null when none was found.</summary>
    public string? Subject { get; init; }

    public ImmutableArray<Claim> Claims { get; init; } = [];

    public ImmutableArray<CategoricalClaim> Categorical { get; init; } = [];
}
