using System.Collections.Immutable;

namespace FactMiner.Core.Review;

/// <summary>A stored claim with its evidence (document, sentence, offsets) and its review state.</summary>
public sealed record ClaimListing(
    long RowId,
    string ClaimId,
    string Document,
    string DocumentHash,
    int SentenceIndex,
    string Kind,
    string? Subject,
    string Attribute,
    string? Quantity,
    double? Low,
    double? High,
    string? Unit,
    double? SiLow,
    double? SiHigh,
    string? SiUnit,
    ImmutableArray<string> Qualifiers,
    string? Category,
    string? Authority,
    int? Year,
    string Text,
    int Start,
    int End,
    string SentenceText,
    int SentenceStart,
    string Status,
    double? CorrectedLow,
    double? CorrectedHigh,
    string? CorrectedUnit,
    string? ReviewedBy,
    string? ReviewedAt,
    string? Note,
    string FirstSeen);
