using System.Collections.Immutable;

namespace FactMiner.Core.Review;

/// <summary>
/// One value the store knows for a (subject, attribute): what the review chart draws. A corrected claim carries the
/// curator's value; <see cref="InOpenFlag"/> says whether any open flag names it.
/// </summary>
public sealed record KnownValue(
    long RowId,
    string ClaimId,
    string Document,
    string Status,
    double? SiLow,
    double? SiHigh,
    string? SiUnit,
    string? Category,
    ImmutableArray<string> Qualifiers,
    bool InOpenFlag);
