using FactMiner.Core.Tests.Support;
using Microsoft.Data.Sqlite;

namespace FactMiner.Cli.Tests.Verbs;

public sealed class ReviewImportVerbTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("factminer-import-verb-").FullName;
    private readonly string db;

    public ReviewImportVerbTests() => db = ReviewedStoreSeed.Create(folder);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Import_SheetExportedAndDecided_AppliesItAndUndoTakesItBack()
    {
        var sheet = await DecidedSheet(new() { [ReviewedStoreSeed.Elevation] = "reject", [ReviewedStoreSeed.Length] = "85-95 cm" });
        var before = StoreSnapshot.Take(db);

        var result = await CliRunner.RunAsync("review", "import", sheet, "--db", db, "--by", "carol");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.StartsWith($"applied 2 decisions from {sheet}: 0 accepted, 1 rejected, 1 corrected; 1 flags resolved (F1); decision 1", result.Output, StringComparison.Ordinal);
        Assert.Contains("rejected", (await CliRunner.RunAsync("claims", "--db", db, "--subject", "musk deer", "--attribute", "elevation")).Output, StringComparison.Ordinal);

        var undo = await CliRunner.RunAsync("review", "--undo", "--db", db, "--by", "carol");

        Assert.Equal(0, undo.ExitCode);
        Assert.Equal(before, StoreSnapshot.Take(db));
    }

    [Fact]
    public async Task Import_SomeRowsBad_ExitsOneListsEveryBadRowAndAppliesNothing()
    {
        var sheet = await DecidedSheet(new()
        {
            [ReviewedStoreSeed.Elevation] = "reject",
            [ReviewedStoreSeed.Length] = "85-95 kg",
            [ReviewedStoreSeed.Status] = "perhaps",
        });
        var before = StoreSnapshot.Take(db);

        var result = await CliRunner.RunAsync("review", "import", sheet, "--db", db, "--by", "carol");

        Assert.Equal(1, result.ExitCode);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith($"row 5, claim {ReviewedStoreSeed.Status}: 'perhaps' is not a decision", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"row 8, claim {ReviewedStoreSeed.Length}: 'kg' is a unit of mass", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("error: refused 2 of 3 decisions", lines[2], StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal(before, StoreSnapshot.Take(db));
    }

    [Fact]
    public async Task Import_MissingFile_ExitsTwo()
    {
        var result = await CliRunner.RunAsync("review", "import", Path.Combine(folder, "nope.csv"), "--db", db);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: no file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_NoFileNamed_ExitsTwo()
    {
        var result = await CliRunner.RunAsync("review", "import", "--db", db);

        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public async Task Review_FlagDecisions_StillWorkBesideTheImportSubcommand()
    {
        var result = await CliRunner.RunAsync("review", "F1", "--reject", ReviewedStoreSeed.Elevation, "--db", db, "--by", "carol");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("F1 is resolved", result.Output, StringComparison.Ordinal);
    }

    private async Task<string> DecidedSheet(Dictionary<string, string> decisions)
    {
        var exported = Path.Combine(folder, "claims.csv");
        var export = await CliRunner.RunAsync("export", "--db", db, "--what", "claims", "--out", exported);
        Assert.Equal(0, export.ExitCode);
        var sheet = Path.Combine(folder, "decisions.csv");
        DecisionSheetFile.Write(exported, sheet, decisions);
        return sheet;
    }
}
