using System.Text;
using FactMiner.Core.Storage;
using Microsoft.Data.Sqlite;

namespace FactMiner.Cli.Tests.Verbs;

public sealed class ServeVerbTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("factminer-serve-").FullName;

    private string Db => Path.Combine(folder, "facts.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Serve_ReachableFromOtherMachinesWithoutToken_RefusesToStart()
    {
        CreateStore();

        var result = await CliRunner.RunAsync("serve", "--db", Db, "--urls", "http://0.0.0.0:5080");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--token", result.Error);
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task Serve_NoStore_SaysHowToMakeOne()
    {
        var result = await CliRunner.RunAsync("serve", "--db", Db);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("factminer run", result.Error);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public async Task Serve_Loopback_ServesThePageUntilCancelled()
    {
        CreateStore();
        var output = new LineWatcher("Review page: ");
        using var error = new StringWriter();
        using var stop = new CancellationTokenSource();

        var serving = CliApp.RunAsync(["serve", "--db", Db, "--urls", "http://127.0.0.1:0"], output, error, stop.Token);
        var address = await output.Seen.WaitAsync(TimeSpan.FromMinutes(1));
        using var client = new HttpClient();
        var page = await client.GetStringAsync(address);
        await stop.CancelAsync();
        var exitCode = await serving;

        Assert.Contains("FactMiner review", page);
        Assert.StartsWith("http://127.0.0.1:", address);
        Assert.Equal(0, exitCode);
        Assert.Empty(error.ToString());
    }

    private void CreateStore()
    {
        using var store = SqliteFactStore.Open(Db);
    }

    /// <summary>Output that reports the text after a prefix as soon as a line with it is written.</summary>
    private sealed class LineWatcher(string prefix) : StringWriter
    {
        private readonly TaskCompletionSource<string> seen = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<string> Seen => seen.Task;

        public override Encoding Encoding => Encoding.UTF8;

        public override void WriteLine(string? value)
        {
            base.WriteLine(value);
            if (value is not null && value.StartsWith(prefix, StringComparison.Ordinal))
            {
                seen.TrySetResult(value[prefix.Length..].Trim());
            }
        }

        public override Task WriteLineAsync(string? value)
        {
            WriteLine(value);
            return Task.CompletedTask;
        }
    }
}
