namespace FactMiner.Core.Tests.Support;

/// <summary>The repository root (the folder holding FactMiner.sln), for tests over <c>corpora/</c> and <c>models/</c>.</summary>
internal static class RepositoryFolder
{
    public static readonly string Path = Find();

    public static string File(string relative) => System.IO.Path.Combine(Path, relative);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "FactMiner.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("FactMiner.sln not found above " + AppContext.BaseDirectory);
    }
}
