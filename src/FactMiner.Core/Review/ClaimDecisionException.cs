namespace FactMiner.Core.Review;

/// <summary>A batch of claim decisions that cannot be applied, with every problem at once; nothing of it was written.</summary>
public sealed class ClaimDecisionException(IReadOnlyList<ClaimDecisionProblem> problems)
    : Exception($"Cannot apply the decisions: {problems.Count} refused, first: {problems.FirstOrDefault()?.Reason}")
{
    public IReadOnlyList<ClaimDecisionProblem> Problems { get; } = problems;
}
