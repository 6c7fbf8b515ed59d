namespace FactMiner.Core.Review;

/// <summary>One claim whose review state a batch of decisions changes, with the audit action that records it.</summary>
internal sealed record ClaimChange(ClaimUnderReview Claim, string Action, ReviewedClaimState After);
