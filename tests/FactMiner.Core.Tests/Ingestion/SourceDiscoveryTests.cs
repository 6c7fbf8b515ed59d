using FactMiner.Core.Ingestion;

namespace FactMiner.Core.Tests.Ingestion;

public sealed class SourceDiscoveryTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("factminer-discover-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Discover_Folder_FindsTextAndMarkdownRecursivelyWithRelativeIds()
    {
        Directory.CreateDirectory(Path.Combine(folder, "cats"));
        File.WriteAllText(Path.Combine(folder, "yak.txt"), "x");
        File.WriteAllText(Path.Combine(folder, "cats", "tiger.md"), "x");
        File.WriteAllText(Path.Combine(folder, "cats", "photo.jpg"), "x");

        var (files, diagnostics) = SourceDiscovery.Discover([folder]);

        Assert.Equal(["cats/tiger.md", "yak.txt"], files.Select(f => f.Id));
        var skipped = Assert.Single(diagnostics);
        Assert.Equal("skipped-extension", skipped.Code);
        Assert.EndsWith("photo.jpg", skipped.Path);
    }

    [Fact]
    public void Discover_FileGivenDirectly_UsesItsName()
    {
        var path = Path.Combine(folder, "okapi.txt");
        File.WriteAllText(path, "x");

        var (files, _) = SourceDiscovery.Discover([path]);

        Assert.Equal("okapi.txt", Assert.Single(files).Id);
    }

    [Fact]
    public void Discover_MissingPath_ReportsItAndKeepsTheOthers()
    {
        var path = Path.Combine(folder, "okapi.txt");
        File.WriteAllText(path, "x");
        var missing = Path.Combine(folder, "nowhere");

        var (files, diagnostics) = SourceDiscovery.Discover([missing, path]);

        Assert.Single(files);
        Assert.Equal(("missing-path", missing), (diagnostics[0].Code, diagnostics[0].Path));
    }
}
