namespace FactMiner.Web;

/// <summary>How <c>factminer serve</c> runs the review page: which store, where it listens, and the access token.</summary>
/// <param name="DbPath">An existing store (made by <c>factminer run</c>).</param>
public sealed record ReviewWebOptions(string DbPath)
{
    public const int MinimumTokenLength = 16;

    /// <value>Semicolon-separated URLs to listen on (default <c>http://127.0.0.1:5080</c>, this machine only).</value>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <value>The secret every request must carry; required when any URL is reachable from other machines (default none).</value>
    public string? Token { get; init; }

    /// <summary>Every problem with these options, each with its fix; empty when the page can start.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(DbPath))
        {
            problems.Add("name the store with --db PATH");
        }
        else if (!File.Exists(DbPath))
        {
            problems.Add($"no store at {DbPath}; create one with 'factminer run PATH --db {DbPath}'");
        }

        var addresses = BindAddresses.TryParse(Urls, out var parseProblem);
        if (addresses is null)
        {
            problems.Add(parseProblem!);
        }
        else if (Token is null && addresses.FirstOrDefault(a => !a.IsLoopback) is { } exposed)
        {
            problems.Add($"{exposed.Url} can be reached from other machines: give --token SECRET ({MinimumTokenLength}+ characters, "
                + "e.g. from 'openssl rand -hex 16') so only curators with it can review, or listen on http://127.0.0.1 only");
        }

        if (Token is not null && (Token.Length < MinimumTokenLength || Token.Any(char.IsWhiteSpace)))
        {
            problems.Add($"--token must be at least {MinimumTokenLength} characters without spaces (e.g. from 'openssl rand -hex 16')");
        }

        return problems;
    }
}
