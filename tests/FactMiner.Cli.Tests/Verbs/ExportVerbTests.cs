using FactMiner.Core.Tests.Support;
using Microsoft.Data.Sqlite;

namespace FactMiner.Cli.Tests.Verbs;

public sealed class ExportVerbTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("factminer-export-verb-").FullName;
    private readonly string db;

    public ExportVerbTests() => db = ReviewedStoreSeed.Create(folder);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Export_ClaimsToCsv_WritesTheFileAndSaysHowManyRows()
    {
        var path = Path.Combine(folder, "claims.csv");

        var result = await CliRunner.RunAsync("export", "--db", db, "--what", "claims", "--out", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.StartsWith($"wrote 7 claims to {path} (csv, ", result.Output, StringComparison.Ordinal);
        Assert.StartsWith("claim_id,subject,attribute,quantity,low,high,unit", File.ReadLines(path).First().TrimStart('\uFEFF'), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("facts.parquet", "PAR1")]
    [InlineData("facts.jsonl", "{\"subject\":")]
    [InlineData("facts.ndjson", "{\"subject\":")]
    [InlineData("facts.CSV", "subject,attribute")]
    public async Task Export_WithoutFormat_FollowsTheFileExtension(string name, string start)
    {
        var path = Path.Combine(folder, name);

        var result = await CliRunner.RunAsync("export", "--db", db, "--out", path);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith(start, File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_FormatGiven_WinsOverTheExtension()
    {
        var path = Path.Combine(folder, "facts.txt");

        var result = await CliRunner.RunAsync("export", "--db", db, "--out", path, "--format", "jsonl", "--status", "accepted");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, File.ReadAllLines(path).Length);
    }

    [Fact]
    public async Task Export_UnknownExtension_ExitsTwoSayingHowToChooseAFormat()
    {
        var result = await CliRunner.RunAsync("export", "--db", db, "--out", Path.Combine(folder, "facts.xlsx"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cannot tell the format of", result.Error, StringComparison.Ordinal);
        Assert.Contains("--format csv|jsonl|parquet", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "facts.xlsx")));
    }

    [Theory]
    [InlineData("--status", "flagged")]
    [InlineData("--what", "documents")]
    [InlineData("--format", "xlsx")]
    public async Task Export_UnknownChoice_ExitsTwo(string option, string value)
    {
        var result = await CliRunner.RunAsync("export", "--db", db, "--out", Path.Combine(folder, "x.csv"), option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(value, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_NoOut_ExitsTwo()
    {
        var result = await CliRunner.RunAsync("export", "--db", db);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--out", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_FolderMissing_ExitsTwoAndWritesNothing()
    {
        var result = await CliRunner.RunAsync("export", "--db", db, "--out", Path.Combine(folder, "nowhere", "facts.csv"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("does not exist", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_OutIsTheStoreItself_ExitsTwoAndKeepsTheStore()
    {
        var before = StoreSnapshot.Take(db);

        var result = await CliRunner.RunAsync("export", "--db", db, "--out", db, "--format", "csv");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is the store itself", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, StoreSnapshot.Take(db));
    }

    [Fact]
    public async Task Export_NoStore_ExitsTwo()
    {
        var result = await CliRunner.RunAsync("export", "--db", Path.Combine(folder, "missing.db"), "--out", Path.Combine(folder, "facts.csv"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no store at", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_SubjectFilter_IsCaseInsensitiveLikeTheListings()
    {
        var path = Path.Combine(folder, "flags.jsonl");

        var result = await CliRunner.RunAsync("export", "--db", db, "--what", "flags", "--subject", " Musk Deer ", "--out", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, File.ReadAllLines(path).Length);
    }

    [Fact]
    public async Task Help_DefinesEveryStatus()
    {
        var result = await CliRunner.RunAsync("export", "--help");

        Assert.Contains("clean: facts no open flag touches", result.Output, StringComparison.Ordinal);
        Assert.Contains("accepted: only what a curator accepted or corrected", result.Output, StringComparison.Ordinal);
    }
}
