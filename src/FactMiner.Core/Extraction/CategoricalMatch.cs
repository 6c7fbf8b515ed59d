using System.Collections.Immutable;

namespace FactMiner.Core.Extraction;

/// <summary>A categorical claim found in a sentence, before it gets its id and document offsets.</summary>
/// <param name="Start">Offset in the sentence text.</param>
internal readonly record struct CategoricalMatch(
    string Attribute,
    string Category,
    int Start,
    int End,
    string? Authority,
    int? Year,
    ImmutableArray<string> Qualifiers);
