namespace FactMiner.Core.Tests.Support;

/// <summary>Finds <c>shared/</c> (the user's sample, peer suites, contract) beside the repository, walking up from the test binaries.</summary>
internal static class SharedFolder
{
    public static readonly string? Path = Find();

    public const string MissingMessage = "../shared is absent (it holds the peer suites and the user's sample); CI always has it.";

    public static string File(string relative) =>
        System.IO.Path.Combine(Path ?? throw new InvalidOperationException(MissingMessage), relative);

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(System.IO.Path.Combine(candidate, "peer-suites")))
            {
                return candidate;
            }
        }

        return null;
    }
}

/// <summary>A fact that reads <c>../shared</c>; skipped with a clear message where it is absent.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        if (SharedFolder.Path is null)
        {
            Skip = SharedFolder.MissingMessage;
        }
    }
}

/// <summary>A theory that reads <c>../shared</c>; skipped with a clear message where it is absent.</summary>
public sealed class SharedTheoryAttribute : TheoryAttribute
{
    public SharedTheoryAttribute()
    {
        if (SharedFolder.Path is null)
        {
            Skip = SharedFolder.MissingMessage;
        }
    }
}
