namespace FactMiner.Core.Review;

/// <summary>Why one decision of a batch cannot be applied.</summary>
/// <param name="Index">Position of the decision in the batch, so a caller can point at its own row.</param>
public sealed record ClaimDecisionProblem(int Index, string ClaimId, string Reason);
