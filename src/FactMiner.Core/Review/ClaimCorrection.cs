namespace FactMiner.Core.Review;

/// <summary>A curator's corrected value for a numeric claim, in a unit of the claim's quantity.</summary>
public sealed record ClaimCorrection(string ClaimId, double Low, double High, string Unit);
