namespace FactMiner.Web;

/// <summary>The review page cannot start with these options; <see cref="Problems"/> lists every reason with its fix.</summary>
public sealed class ReviewWebSetupException(IReadOnlyList<string> problems)
    : Exception("Cannot start the review page: " + string.Join("; ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
