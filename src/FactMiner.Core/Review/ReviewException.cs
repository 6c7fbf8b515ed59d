namespace FactMiner.Core.Review;

/// <summary>A decision that cannot be applied, with every reason at once; nothing of it was written.</summary>
public sealed class ReviewException(IReadOnlyList<string> problems)
    : Exception("Cannot apply the decision: " + string.Join("; ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
