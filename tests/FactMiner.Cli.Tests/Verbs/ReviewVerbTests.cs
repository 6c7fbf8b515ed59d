using System.Text.Json;
using FactMiner.Core.Tests.Support;
using Microsoft.Data.Sqlite;

namespace FactMiner.Cli.Tests.Verbs;

public sealed class ReviewVerbTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("factminer-review-").FullName;

    private string Db => Path.Combine(folder, "facts.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Flags_Jsonl_CarriesTheContractFieldsAndStatus()
    {
        await CliRunner.RunAsync("run", RepositoryFolder.File("corpora/samples"), "--db", Db);

        var result = await CliRunner.RunAsync("flags", "--db", Db, "--format", "jsonl");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(6, result.OutputLines.Length);
        foreach (var line in result.OutputLines)
        {
            var flag = JsonDocument.Parse(line).RootElement;
            Assert.Matches("^F[0-9]+$", flag.GetProperty("id").GetString());
            Assert.Contains(flag.GetProperty("kind").GetString(), new[] { "conflict", "implausible" });
            Assert.False(string.IsNullOrEmpty(flag.GetProperty("rule").GetString()));
            Assert.True(flag.GetProperty("claims").GetArrayLength() >= 2);
            Assert.False(string.IsNullOrEmpty(flag.GetProperty("message").GetString()));
            Assert.Equal("open", flag.GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task Review_RejectThenUndo_ResolvesAndReopensWithTwoAuditEntries()
    {
        await CliRunner.RunAsync("run", RepositoryFolder.File("corpora/samples"), "--db", Db);
        var flag = JsonDocument.Parse((await CliRunner.RunAsync("flags", "--db", Db, "--rule", "shoulder-height-ratio", "--format", "jsonl")).OutputLines.Single()).RootElement;
        var id = flag.GetProperty("id").GetString()!;
        var shoulder = flag.GetProperty("claims")[1].GetString()!;

        var decided = await CliRunner.RunAsync("review", id, "--reject", shoulder, "--note", "taller than the animal", "--by", "ana", "--db", Db);
        var resolved = await CliRunner.RunAsync("flags", "--db", Db, "--status", "resolved", "--format", "jsonl");
        var claims = await CliRunner.RunAsync("claims", "--db", Db, "--status", "rejected", "--format", "jsonl");
        var undone = await CliRunner.RunAsync("review", "--undo", "--by", "ana", "--db", Db);
        var open = await CliRunner.RunAsync("flags", "--db", Db, "--rule", "shoulder-height-ratio", "--format", "jsonl");

        Assert.Equal(0, decided.ExitCode);
        Assert.Contains($"{id} is resolved", decided.Output);
        Assert.Equal(id, JsonDocument.Parse(resolved.OutputLines.Single()).RootElement.GetProperty("id").GetString());
        Assert.Equal(shoulder, JsonDocument.Parse(claims.OutputLines.Single()).RootElement.GetProperty("ClaimId").GetString());
        Assert.Equal(0, undone.ExitCode);
        Assert.Equal("open", JsonDocument.Parse(open.OutputLines.Single()).RootElement.GetProperty("status").GetString());
        Assert.Equal(["reject", "resolve", "undo", "undo"], AuditActions());
    }

    [Fact]
    public async Task Review_ClaimNotInTheFlag_RefusedWithTheFlagsClaimsAndNothingWritten()
    {
        await CliRunner.RunAsync("run", RepositoryFolder.File("corpora/samples"), "--db", Db);
        var id = JsonDocument.Parse((await CliRunner.RunAsync("flags", "--db", Db, "--format", "jsonl")).OutputLines[0]).RootElement.GetProperty("id").GetString()!;

        var result = await CliRunner.RunAsync("review", id, "--accept", "nowhere.txt#1.0", "--by", "ana", "--db", Db);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is not one of flag", result.Error);
        Assert.Empty(AuditActions());
    }

    [Fact]
    public async Task Review_CorrectionInAnotherUnitOfTheQuantity_StoresOriginalAndCorrection()
    {
        await CliRunner.RunAsync("run", RepositoryFolder.File("corpora/samples"), "--db", Db);
        var flag = JsonDocument.Parse((await CliRunner.RunAsync("flags", "--db", Db, "--rule", "unit-slip", "--format", "jsonl")).OutputLines.Single()).RootElement;
        var slipped = flag.GetProperty("claims").EnumerateArray().Select(c => c.GetString()!).First(c => c.StartsWith("snow-leopard-2.txt", StringComparison.Ordinal));

        var result = await CliRunner.RunAsync("review", flag.GetProperty("id").GetString()!, "--correct", $"{slipped}=90 cm", "--by", "ana", "--db", Db);
        var corrected = JsonDocument.Parse((await CliRunner.RunAsync("claims", "--db", Db, "--status", "corrected", "--format", "jsonl")).OutputLines.Single()).RootElement;

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(0.9, corrected.GetProperty("Low").GetDouble());
        Assert.Equal(90, corrected.GetProperty("CorrectedLow").GetDouble());
        Assert.Equal("cm", corrected.GetProperty("CorrectedUnit").GetString());
    }

    private List<string> AuditActions() => StoreSnapshot.Column(Db, "SELECT action FROM audit ORDER BY id", r => r.GetString(0));
}
