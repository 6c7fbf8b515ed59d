namespace FactMiner.Web;

/// <summary>The body of a refused request: every reason, each one line a curator can act on.</summary>
internal sealed record ProblemList(IReadOnlyList<string> Problems);
