using System.Collections.Immutable;

namespace FactMiner.Core.Review;

/// <summary>A stored flag as curators see it: the contract's fields plus its status and who decided it.</summary>
public sealed record FlagListing(
    long Id,
    string Kind,
    string Rule,
    string Message,
    string Status,
    string? Subject,
    string? Attribute,
    ImmutableArray<string> ClaimIds,
    string? DecidedBy,
    string? DecidedAt,
    string? Note)
{
    /// <summary>The id curators type: <c>F12</c>.</summary>
    public string Label => $"F{Id}";
}
