using System.Diagnostics;
using FactMiner.Core.Tests.Support;
using Microsoft.Data.Sqlite;

namespace FactMiner.Cli.Tests.Verbs;

public sealed class RunVerbTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("factminer-run-").FullName;

    private string Corpus => Path.Combine(folder, "corpus");

    private string Db => Path.Combine(folder, "facts.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Run_SameFolderTwice_SecondRunAddsNothing()
    {
        CopyDemoCorpus();
        var first = await CliRunner.RunAsync("run", Corpus, "--db", Db);
        var before = StoreSnapshot.Take(Db);

        var second = await CliRunner.RunAsync("run", Corpus, "--db", Db);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("0 new", second.Output);
        Assert.Equal(before, StoreSnapshot.Take(Db));
    }

    [Fact]
    public async Task Run_StoresEachSentenceAsExtractPrintsIt()
    {
        CopyDemoCorpus();
        var extracted = await CliRunner.RunAsync("extract", Corpus, "--format", "jsonl");
        await CliRunner.RunAsync("run", Corpus, "--db", Db);

        var printed = extracted.OutputLines.Select(line =>
        {
            using var json = System.Text.Json.JsonDocument.Parse(line);
            var root = json.RootElement;
            return string.Join('|',
                root.GetProperty("doc").GetString(), root.GetProperty("index").GetInt32(), root.GetProperty("start").GetInt32(),
                root.GetProperty("end").GetInt32(), root.GetProperty("topic").GetString(),
                root.GetProperty("topicConfidence").GetDouble().ToString("R", System.Globalization.CultureInfo.InvariantCulture),
                root.GetProperty("subject").GetString() ?? "-");
        }).ToList();
        var stored = StoreSnapshot.Column(Db,
            """SELECT d.doc, s.idx, s.start, s."end", s.topic, s.topic_confidence, s.subject FROM sentences s JOIN documents d ON d.id = s.document_id ORDER BY d.doc, s.idx""",
            r => string.Join('|',
                r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetString(4),
                r.GetDouble(5).ToString("R", System.Globalization.CultureInfo.InvariantCulture), r.IsDBNull(6) ? "-" : r.GetString(6)));

        Assert.Equal(0, extracted.ExitCode);
        Assert.NotEmpty(printed);
        Assert.Equal(printed, stored);
    }

    [Fact]
    public async Task Run_NewFile_AddsOnlyItsRowsAndReconcilesOnlyItsSubjects()
    {
        CopyDemoCorpus();
        await CliRunner.RunAsync("run", Corpus, "--db", Db);
        var documentsBefore = StoreSnapshot.Count(Db, "documents");
        var untouchedFactIds = FactIds("subject <> 'okapi'");
        File.WriteAllText(Path.Combine(Corpus, "okapi.txt"), "The okapi stands about 1.5 m tall at the shoulder.\n\nAn okapi weighs 200 to 350 kg.\n");

        var result = await CliRunner.RunAsync("run", Corpus, "--db", Db);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 new", result.Output);
        Assert.Equal(documentsBefore + 1, StoreSnapshot.Count(Db, "documents"));
        Assert.Equal(untouchedFactIds, FactIds("subject <> 'okapi'"));
        Assert.NotEmpty(FactIds("subject = 'okapi'"));
    }

    [Fact]
    public async Task Run_ChangedFile_RetiresOldVersionClaims()
    {
        await RunThenRunChanged("The wild yak weighs about 500 kg.\n", "The wild yak weighs about 600 kg.\n");

        Assert.Equal(1, Scalar("SELECT count(*) FROM documents WHERE status = 'active'"));
        Assert.Equal(1, Scalar("SELECT count(*) FROM documents WHERE status = 'retired'"));
        Assert.Equal(600, Scalar("SELECT low FROM claims WHERE active = 1 AND attribute = 'weight'"));
        Assert.Equal(600, Scalar("SELECT si_low FROM facts WHERE attribute = 'weight'"));
    }

    [Fact]
    public async Task Run_ChangedFile_RemovesItsStaleFlagAndLeavesNoOrphanedSourcesOrLinks()
    {
        var flagsBefore = 0.0;

        await RunThenRunChanged(
            "The wild yak weighs about 500 kg.\n\nA wild yak weighs about 5 kg.\n",
            "The wild yak weighs about 600 kg.\n",
            () => flagsBefore = Scalar("SELECT count(*) FROM flags WHERE status = 'open' AND subject = 'wild yak'"));

        Assert.True(flagsBefore > 0, "the two weights should have been flagged");
        Assert.Equal(0, Scalar("SELECT count(*) FROM flags"));
        Assert.Equal(0, Scalar("SELECT count(*) FROM flag_claims"));
        Assert.Equal(0, Scalar("SELECT count(*) FROM fact_sources WHERE fact_id NOT IN (SELECT id FROM facts)"));
        Assert.Empty(StoreSnapshot.Column(Db, "PRAGMA foreign_key_check;", r => r.GetString(0)));
    }

    [Fact]
    public async Task Run_BadInputs_RecordedAsFailedCountedAndRetriedNextRun()
    {
        Directory.CreateDirectory(Corpus);
        File.WriteAllText(Path.Combine(Corpus, "good.txt"), "Red pandas weigh 3 to 6 kg.\n");
        File.WriteAllBytes(Path.Combine(Corpus, "binary.txt"), [0x00, 0xFF, 0x00]);
        File.WriteAllText(Path.Combine(Corpus, "empty.txt"), string.Empty);

        var first = await CliRunner.RunAsync("run", Corpus, "--db", Db);
        File.WriteAllText(Path.Combine(Corpus, "empty.txt"), "Pikas cache hay for the winter.\n");
        var second = await CliRunner.RunAsync("run", Corpus, "--db", Db);

        Assert.Equal(1, first.ExitCode);
        Assert.Contains("2 failed", first.Output);
        Assert.Contains("binary.txt", first.Error);
        Assert.Contains("1 new", second.Output);
        Assert.Contains("1 failed", second.Output);
        Assert.Equal(1, Scalar("SELECT count(*) FROM failed_documents"));
        Assert.Equal(2, Scalar("SELECT attempts FROM failed_documents"));
    }

    [Fact]
    public async Task Run_ReaderOnAnotherConnection_ReadsWhileTheRunWrites()
    {
        WriteGeneratedCorpus(120);
        using (FactMiner.Core.Storage.SqliteFactStore.Open(Db))
        {
            // Created up front, so the reader below always finds a store to read.
        }

        var run = Task.Run(() => CliRunner.RunAsync("run", Corpus, "--db", Db));
        var reads = 0;
        while (!run.IsCompleted)
        {
            Scalar("SELECT count(*) FROM claims");
            reads++;
        }

        var result = await run;

        Assert.Equal(0, result.ExitCode);
        Assert.True(reads > 0);
        Assert.Equal(120, Scalar("SELECT count(*) FROM documents"));
    }

    [Fact]
    public async Task Run_KilledWithSigkillThenRerun_EqualsUninterruptedRun()
    {
        WriteGeneratedCorpus(300);
        var cleanDb = Path.Combine(folder, "clean.db");
        await CliRunner.RunAsync("run", Corpus, "--db", cleanDb);

        using (var child = StartChildRun(Corpus, Db))
        {
            var deadline = DateTime.UtcNow.AddSeconds(120);
            while (!child.HasExited && DateTime.UtcNow < deadline && DocumentsIn(Db) < 20)
            {
                await Task.Delay(20);
            }

            Assert.False(child.HasExited, "the child finished before it could be killed; the corpus is too small");
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
        }

        var killedCount = DocumentsIn(Db);
        var rerun = await CliRunner.RunAsync("run", Corpus, "--db", Db);

        Assert.InRange(killedCount, 1, 299);
        Assert.Equal(0, rerun.ExitCode);
        Assert.Equal(StoreSnapshot.Take(cleanDb), StoreSnapshot.Take(Db));
    }

    private static Process StartChildRun(string corpus, string db)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "factminer.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { cli, "run", corpus, "--db", db })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static long DocumentsIn(string db)
    {
        if (!File.Exists(db))
        {
            return 0;
        }

        try
        {
            return StoreSnapshot.Count(db, "documents");
        }
        catch (SqliteException)
        {
            return 0;
        }
    }

    /// <summary>Runs over a corpus of one file, then again once its text has changed; <paramref name="betweenRuns"/> sees the
    /// store in between.</summary>
    private async Task RunThenRunChanged(string before, string after, Action? betweenRuns = null)
    {
        Directory.CreateDirectory(Corpus);
        var file = Path.Combine(Corpus, "yak.txt");
        File.WriteAllText(file, before);
        await CliRunner.RunAsync("run", Corpus, "--db", Db);
        betweenRuns?.Invoke();
        File.WriteAllText(file, after);
        await CliRunner.RunAsync("run", Corpus, "--db", Db);
    }

    private void CopyDemoCorpus()
    {
        Directory.CreateDirectory(Corpus);
        foreach (var file in Directory.GetFiles(RepositoryFolder.File("corpora/samples"), "*.txt"))
        {
            File.Copy(file, Path.Combine(Corpus, Path.GetFileName(file)));
        }
    }

    private void WriteGeneratedCorpus(int documents)
    {
        Directory.CreateDirectory(Corpus);
        string[] animals = ["wild yak", "snow leopard", "red panda", "okapi", "pangolin", "koala"];
        for (var i = 0; i < documents; i++)
        {
            var animal = animals[i % animals.Length];
            var text = $"The {animal} is found in region {i}.\n\nAn adult {animal} weighs about {20 + (i % 40)} kg.\n\n"
                + $"Threats: hunting and habitat loss reduce the {animal} population in valley {i}.\n\n"
                + string.Join(' ', Enumerable.Range(0, 40).Select(j => $"Observers counted {j + 2} tracks near camp {i}."));
            File.WriteAllText(Path.Combine(Corpus, $"doc-{i:D4}.txt"), text);
        }
    }

    // The filters are this class's own literals.
    private List<long> FactIds(string where) => StoreSnapshot.Column(Db, $"SELECT id FROM facts WHERE {where} ORDER BY id", r => r.GetInt64(0));

    private double Scalar(string sql) =>
        StoreSnapshot.Column(Db, sql, r => Convert.ToDouble(r.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)).Single();
}
