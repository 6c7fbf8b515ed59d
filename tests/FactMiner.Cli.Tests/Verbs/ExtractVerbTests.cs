using System.Text;
using System.Text.Json;
using FactMiner.Core.Tests.Support;

namespace FactMiner.Cli.Tests.Verbs;

public sealed class ExtractVerbTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("factminer-extract-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [SharedFact]
    public async Task Extract_UserSample_PrintsTwentySentencesEachItsFoldedSlice()
    {
        var path = SharedFolder.File("corpora/musk-deer.txt");
        var text = File.ReadAllText(path);

        var result = await CliRunner.RunAsync("extract", path, "--format", "jsonl");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(20, result.OutputLines.Length);
        foreach (var line in result.OutputLines)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            Assert.Equal("musk-deer.txt", root.GetProperty("doc").GetString());
            var slice = text[root.GetProperty("start").GetInt32()..root.GetProperty("end").GetInt32()];
            Assert.Equal(string.Join(' ', slice.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), root.GetProperty("text").GetString());
        }
    }

    [Fact]
    public async Task Extract_Folder_OrdersDocumentsByIdAndSentencesByText()
    {
        Write("b.txt", "Yaks live high. They graze.");
        Write("a/z.md", "Okapis are shy.");

        var result = await CliRunner.RunAsync("extract", folder);

        Assert.Equal(0, result.ExitCode);
        var docs = result.OutputLines.Select(l => JsonDocument.Parse(l).RootElement).Select(e => (e.GetProperty("doc").GetString(), e.GetProperty("index").GetInt32())).ToArray();
        Assert.Equal([("a/z.md", 0), ("b.txt", 0), ("b.txt", 1)], docs);
    }

    [Fact]
    public async Task Extract_BadDocumentsAmongGood_ReportsEachWithPathAndReasonAndGoesOn()
    {
        Write("good.txt", "Red pandas eat bamboo.");
        File.WriteAllBytes(Path.Combine(folder, "binary.txt"), [0x00, 0x01, 0x02, 0x03]);
        File.WriteAllBytes(Path.Combine(folder, "latin1.txt"), Encoding.Latin1.GetBytes("Caf\u00e9 de la for\u00eat."));
        Write("empty.txt", string.Empty);

        var result = await CliRunner.RunAsync("extract", folder, Path.Combine(folder, "missing.txt"));

        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.OutputLines);
        Assert.Contains("binary.txt", result.Error);
        Assert.Contains("binary content", result.Error);
        Assert.Contains("latin1.txt", result.Error);
        Assert.Contains("UTF-8", result.Error);
        Assert.Contains("empty.txt", result.Error);
        Assert.Contains("missing.txt", result.Error);
    }

    [Fact]
    public async Task Extract_NothingReadable_ExitsTwo()
    {
        var result = await CliRunner.RunAsync("extract", Path.Combine(folder, "nowhere.txt"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no such file or folder", result.Error);
    }

    [Fact]
    public async Task Extract_UnknownFormat_ExitsTwoWithUsageHint()
    {
        Write("a.txt", "Pikas cache hay.");

        var result = await CliRunner.RunAsync("extract", folder, "--format", "xml");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--help", result.Error);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public async Task Extract_TextFormat_ListsSentencesForPeople()
    {
        Write("yak.txt", "The wild yak stands about 2 m at the shoulder.");

        var result = await CliRunner.RunAsync("extract", folder, "--format", "text");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("== yak.txt", result.Output);
        Assert.Contains("The wild yak stands about 2 m at the shoulder.", result.Output);
    }

    [Fact]
    public async Task Help_EveryVerb_DescribesItself()
    {
        foreach (var verb in new[] { "extract", "run", "status", "train" })
        {
            var result = await CliRunner.RunAsync(verb, "--help");

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("Usage:", result.Output);
            Assert.Contains(verb, result.Output);
        }
    }

    [Fact]
    public async Task Extract_DemoCorpus_FlagsEveryPlantedProblemAndNoLookAlike()
    {
        var result = await CliRunner.RunAsync("extract", RepositoryFolder.File("corpora/samples"));

        var flags = result.OutputLines
            .SelectMany(line => JsonDocument.Parse(line).RootElement.GetProperty("flags").EnumerateArray())
            .Select(f => (Id: f.GetProperty("id").GetString(), Rule: f.GetProperty("rule").GetString(), Message: f.GetProperty("message").GetString()))
            .DistinctBy(f => f.Id)
            .Select(f => $"{f.Rule}: {f.Message}")
            .Order(StringComparer.Ordinal)
            .ToArray();

        // The planted problems are listed in corpora/samples-answers.md; every look-alike there must stay quiet.
        Assert.Equal(0, result.ExitCode);
        Assert.Collection(
            flags,
            f => Assert.StartsWith("activity-pattern-conflict: sumatran tiger", f),
            f => Assert.StartsWith("conservation-status-conflict: red panda", f),
            f => Assert.StartsWith("mass-length-allometry: weight 120 lb for a body length of 40-65 cm", f),
            f => Assert.StartsWith("numeric-interval-conflict: snow leopard weight: about 150 lb", f),
            f => Assert.StartsWith("shoulder-height-ratio: shoulder height 45-50 cm", f),
            f => Assert.StartsWith("unit-slip: snow leopard tail length", f));
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
