using System.Collections.Immutable;

namespace FactMiner.Core.Review;

/// <summary>A stored fact with its sources and whether anything about it is still open or was decided.</summary>
/// <param name="Status"><c>flagged</c> (an open flag touches a source), <c>accepted</c> (a curator accepted or corrected a source), or <c>clean</c>.</param>
public sealed record FactListing(
    long Id,
    string Subject,
    string Attribute,
    ImmutableArray<string> Qualifiers,
    string? Quantity,
    double? Low,
    double? High,
    string? Unit,
    double? SiLow,
    double? SiHigh,
    string? SiUnit,
    string? Category,
    int Support,
    ImmutableArray<string> Sources,
    string Status,
    string FirstSeen,
    string? ReviewedBy,
    string? ReviewedAt,
    string? Note);
