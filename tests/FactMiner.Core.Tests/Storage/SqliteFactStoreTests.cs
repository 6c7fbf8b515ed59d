using FactMiner.Core.Model;
using FactMiner.Core.Storage;
using Microsoft.Data.Sqlite;

namespace FactMiner.Core.Tests.Storage;

public sealed class SqliteFactStoreTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("factminer-store-").FullName;

    private string Db => Path.Combine(folder, "facts.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Open_NewFile_CreatesLatestSchemaInWalMode()
    {
        using var store = SqliteFactStore.Open(Db);

        Assert.Equal(StoreSchema.LatestVersion, SqliteStoreConnection.UserVersion(store.Connection));
        using var mode = store.Command("PRAGMA journal_mode;");
        Assert.Equal("wal", mode.ExecuteScalar());
    }

    [Fact]
    public void Open_OlderFile_IsUpgradedInPlace()
    {
        using (var old = new SqliteConnection($"Data Source={Db};Pooling=False"))
        {
            old.Open();
            using var create = old.CreateCommand();
            create.CommandText = "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('kept');";
            create.ExecuteNonQuery();
        }

        using var store = SqliteFactStore.Open(Db);

        using var notes = store.Command("SELECT text FROM notes;");
        Assert.Equal("kept", notes.ExecuteScalar());
        using var runs = store.Command("SELECT count(*) FROM runs;");
        Assert.Equal(0L, runs.ExecuteScalar());
    }

    [Fact]
    public void Open_FileFromNewerFactMiner_IsRefusedWithClearMessage()
    {
        using (var newer = new SqliteConnection($"Data Source={Db};Pooling=False"))
        {
            newer.Open();
            using var version = newer.CreateCommand();
            version.CommandText = "PRAGMA user_version = 999;";
            version.ExecuteNonQuery();
        }

        var e = Assert.Throws<StoreVersionException>(() => SqliteFactStore.Open(Db));

        Assert.Contains("999", e.Message);
        Assert.Contains("newer", e.Message);
    }

    [Fact]
    public async Task WriteDocuments_WhileAnotherConnectionHoldsTheLock_WaitsAndSucceeds()
    {
        using var store = SqliteFactStore.Open(Db);
        var runId = store.BeginRun(new StoreVersions("test", "test"), DateTimeOffset.UnixEpoch);
        using var curator = new SqliteConnection($"Data Source={Db};Pooling=False");
        curator.Open();
        var hold = curator.BeginTransaction(deferred: false);
        var release = Task.Delay(300).ContinueWith(_ => hold.Commit(), TaskScheduler.Default);

        store.WriteDocuments([new Document("a.txt", "a.txt", "Yaks graze.", "abc") { Sentences = [new Sentence(0, 0, 11, "Yaks graze.")] }], runId, new StoreVersions("test", "test"));

        await release;
        using var count = store.Command("SELECT count(*) FROM sentences;");
        Assert.Equal(1L, count.ExecuteScalar());
    }

    [Fact]
    public void WriteDocuments_FailingDocumentInBatch_LeavesNothingOfTheBatch()
    {
        using var store = SqliteFactStore.Open(Db);
        var versions = new StoreVersions("test", "test");
        var runId = store.BeginRun(versions, DateTimeOffset.UnixEpoch);
        var good = new Document("a.txt", "a.txt", "Yaks graze.", "same-hash");
        var duplicate = good with { Id = "b.txt", SourcePath = "b.txt" };

        Assert.Throws<SqliteException>(() => store.WriteDocuments([good, duplicate], runId, versions));

        using var count = store.Command("SELECT count(*) FROM documents;");
        Assert.Equal(0L, count.ExecuteScalar());
    }

    [Fact]
    public void WriteDocuments_ClaimRowTheStoreRefuses_ThrowsItsConstraintErrorAndLeavesNothingOfTheBatch()
    {
        using var store = SqliteFactStore.Open(Db);
        var versions = new StoreVersions("test", "test");
        var runId = store.BeginRun(versions, DateTimeOffset.UnixEpoch);
        var claim = new Claim("a.txt#0.n0", "weight", "mass", 11, 18, "kg", 11, 18, "kg", [], "yak", "11-18 kg", 12, 20);
        var sentence = new Sentence(0, 0, 21, "Yaks weigh 11-18 kg.") { Claims = [claim, claim] };
        var document = new Document("a.txt", "a.txt", "Yaks weigh 11-18 kg.", "abc") { Sentences = [sentence] };

        var e = Assert.Throws<SqliteException>(() => store.WriteDocuments([document], runId, versions));

        Assert.Equal(19, e.SqliteErrorCode); // SQLITE_CONSTRAINT: one claim id twice in a document
        using var count = store.Command("SELECT (SELECT count(*) FROM documents) + (SELECT count(*) FROM sentences) + (SELECT count(*) FROM claims);");
        Assert.Equal(0L, count.ExecuteScalar());
    }
}
