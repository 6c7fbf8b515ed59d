using System.Collections.Immutable;

namespace FactMiner.Core.Model;

/// <summary>A claim whose value is a category: conservation status, activity pattern, social structure, diet type.</summary>
/// <param name="Id"><c>doc#sentence.cN</c>.</param>
public sealed record CategoricalClaim(
    string Id,
    string Attribute,
    string Category,
    string? Authority,
    int? Year,
    string? Subject,
    string Text,
    int Start,
    int End)
{
    /// <summary>Conditions the category holds under, like a numeric claim's: <c>male</c>, <c>female</c>, a season such as
    /// <c>breeding season</c>. Empty for a general statement.</summary>
    public ImmutableArray<string> Qualifiers { get; init; } = [];
}
