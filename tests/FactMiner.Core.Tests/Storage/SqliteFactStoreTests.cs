using FactMiner.Core.Model;
using FactMiner.Core.Storage;
using Microsoft.Data.Sqlite;

namespace FactMiner.Core.Tests.Storage;

public sealed class SqliteFactStoreTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("factminer-store-").FullName;

    private static readonly StoreVersions Versions = new("test", "test");

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
        WriteFileAsLeftBehind("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('kept');");

        using var store = SqliteFactStore.Open(Db);

        using var notes = store.Command("SELECT text FROM notes;");
        Assert.Equal("kept", notes.ExecuteScalar());
        using var runs = store.Command("SELECT count(*) FROM runs;");
        Assert.Equal(0L, runs.ExecuteScalar());
    }

    [Fact]
    public void Open_FileFromNewerFactMiner_IsRefusedWithClearMessage()
    {
        WriteFileAsLeftBehind("PRAGMA user_version = 999;");

        var e = Assert.Throws<StoreVersionException>(() => SqliteFactStore.Open(Db));

        Assert.Contains("999", e.Message);
        Assert.Contains("newer", e.Message);
    }

    [Fact]
    public async Task WriteDocuments_WhileAnotherConnectionHoldsTheLock_WaitsAndSucceeds()
    {
        using var store = SqliteFactStore.Open(Db);
        var runId = BeginRun(store);
        using var curator = new SqliteConnection($"Data Source={Db};Pooling=False");
        curator.Open();
        var hold = curator.BeginTransaction(deferred: false);
        var release = Task.Delay(300).ContinueWith(_ => hold.Commit(), TaskScheduler.Default);

        store.WriteDocuments([new Document("a.txt", "a.txt", "Yaks graze.", "abc") { Sentences = [new Sentence(0, 0, 11, "Yaks graze.")] }], runId);

        await release;
        using var count = store.Command("SELECT count(*) FROM sentences;");
        Assert.Equal(1L, count.ExecuteScalar());
    }

    [Fact]
    public void WriteDocuments_FailingDocumentInBatch_LeavesNothingOfTheBatch()
    {
        using var store = SqliteFactStore.Open(Db);
        var runId = BeginRun(store);
        var good = new Document("a.txt", "a.txt", "Yaks graze.", "same-hash");
        var duplicate = good with { Id = "b.txt", SourcePath = "b.txt" };

        Assert.Throws<SqliteException>(() => store.WriteDocuments([good, duplicate], runId));

        using var count = store.Command("SELECT count(*) FROM documents;");
        Assert.Equal(0L, count.ExecuteScalar());
    }

    [Fact]
    public void WriteDocuments_ClaimRowTheStoreRefuses_ThrowsItsConstraintErrorAndLeavesNothingOfTheBatch()
    {
        using var store = SqliteFactStore.Open(Db);
        var runId = BeginRun(store);
        var claim = new Claim("a.txt#0.n0", "weight", "mass", 11, 18, "kg", 11, 18, "kg", [], "yak", "11-18 kg", 12, 20);
        var withoutAttribute = claim with { Id = "a.txt#0.n1", Attribute = null! };
        var sentence = new Sentence(0, 0, 21, "Yaks weigh 11-18 kg.") { Claims = [claim, withoutAttribute] };
        var document = new Document("a.txt", "a.txt", "Yaks weigh 11-18 kg.", "abc") { Sentences = [sentence] };

        var e = Assert.Throws<SqliteException>(() => store.WriteDocuments([document], runId));

        Assert.Equal(19, e.SqliteErrorCode); // SQLITE_CONSTRAINT: a claim must say what it measures
        using var count = store.Command("SELECT (SELECT count(*) FROM documents) + (SELECT count(*) FROM sentences) + (SELECT count(*) FROM claims);");
        Assert.Equal(0L, count.ExecuteScalar());
    }

    [Fact]
    public void Open_StoreOfTheFirstSchema_KeepsItsSentencesAndDropsTheirCopyOfTheText()
    {
        WriteFileAsLeftBehind(StoreSchema.Migrations[0] + """
            PRAGMA user_version = 1;
            INSERT INTO runs (id, started_at, status, extractor_version, model_version) VALUES (1, '2025-01-01', 'finished', 'x', 'm');
            INSERT INTO documents (id, doc, source_path, sha256, status, run_id, char_length, text) VALUES (1, 'a.txt', 'a.txt', 'abc', 'active', 1, 11, 'Yaks graze.');
            INSERT INTO sentences (document_id, idx, start, "end", text, topic) VALUES (1, 0, 0, 11, 'Yaks graze.', 'diet');
            """);

        using var store = SqliteFactStore.Open(Db);

        using var sentence = store.Command("""SELECT idx || ' ' || start || '-' || "end" || ' ' || topic FROM sentences;""");
        Assert.Equal("0 0-11 diet", sentence.ExecuteScalar());
        using var columns = store.Command("SELECT count(*) FROM pragma_table_info('sentences') WHERE name = 'text';");
        Assert.Equal(0L, columns.ExecuteScalar());
    }

    [Fact]
    public void Open_StoreOfTheSecondSchema_FindsItsClaimsBySubjectAfterTheUpgrade()
    {
        WriteFileAsLeftBehind(StoreSchema.Migrations[0] + StoreSchema.Migrations[1] + """
            PRAGMA user_version = 2;
            INSERT INTO runs (id, started_at, status, extractor_version, model_version) VALUES (1, '2025-01-01', 'finished', 'x', 'm');
            INSERT INTO documents (id, doc, source_path, sha256, status, run_id, char_length, text) VALUES (1, 'a.txt', 'a.txt', 'abc', 'active', 1, 38, 'Yaks weigh 300 kg. Goats weigh 60 kg.');
            INSERT INTO claims (claim_id, document_id, sentence_idx, kind, subject, attribute, quantity, low, high, unit, si_low, si_high, si_unit, text, start, "end", extractor_version, model_version)
            VALUES ('a.txt#0.n0', 1, 0, 'numeric', 'yak', 'weight', 'mass', 300, 300, 'kg', 300, 300, 'kg', '300 kg', 11, 17, 'x', 'm'),
                   ('a.txt#1.n0', 1, 1, 'numeric', 'goat', 'weight', 'mass', 60, 60, 'kg', 60, 60, 'kg', '60 kg', 31, 36, 'x', 'm');
            """);

        using var store = SqliteFactStore.Open(Db);

        var yak = Assert.Single(FactMiner.Core.Review.ReviewQueries.KnownValues(store, "yak", "weight"));
        Assert.Equal("a.txt#0.n0", yak.ClaimId);
        using var index = store.Command("SELECT count(*) FROM sqlite_master WHERE name = 'claims_by_key';");
        Assert.Equal(0L, index.ExecuteScalar());
    }

    [Fact]
    public void Open_StoreOfTheThirdSchema_KeepsItsUnreconciledDocumentsPendingAfterTheUpgrade()
    {
        WriteFileAsLeftBehind(StoreSchema.Migrations[0] + StoreSchema.Migrations[1] + StoreSchema.Migrations[2] + """
            PRAGMA user_version = 3;
            INSERT INTO runs (id, started_at, status, extractor_version, model_version) VALUES (1, '2025-01-01', 'killed', 'x', 'm');
            INSERT INTO documents (id, doc, source_path, sha256, status, run_id, char_length, text, reconciled)
            VALUES (1, 'a.txt', 'a.txt', 'abc', 'active', 1, 18, 'Yaks weigh 300 kg.', 1),
                   (2, 'b.txt', 'b.txt', 'def', 'active', 1, 19, 'Goats weigh 60 kg.', 0);
            """);

        using var store = SqliteFactStore.Open(Db);

        using var pending = store.Command("SELECT group_concat(document_id) FROM unreconciled_documents;");
        Assert.Equal("2", pending.ExecuteScalar());
        using var column = store.Command("SELECT count(*) FROM pragma_table_info('documents') WHERE name = 'reconciled';");
        Assert.Equal(0L, column.ExecuteScalar());
    }

    [Fact]
    public void Open_StoreOfTheFourthSchema_RenumbersClaimsByDocumentAndKeepsEveryReferenceToThem()
    {
        WriteFileAsLeftBehind(string.Concat(StoreSchema.Migrations.Take(4)) + """
            PRAGMA user_version = 4;
            INSERT INTO runs (id, started_at, status, extractor_version, model_version) VALUES (1, '2025-01-01', 'finished', 'x', 'm');
            INSERT INTO documents (id, doc, source_path, sha256, status, run_id, char_length, text)
            VALUES (1, 'a.txt', 'a.txt', 'abc', 'active', 1, 18, 'Yaks weigh 300 kg.'),
                   (2, 'b.txt', 'b.txt', 'def', 'active', 1, 36, 'Yaks weigh 280 kg. Yaks weigh 9 kg.');
            INSERT INTO claims (id, claim_id, document_id, sentence_idx, kind, subject, attribute, quantity, low, high, unit, si_low, si_high, si_unit, text, start, "end", extractor_version, model_version, status)
            VALUES (1, 'a.txt#0.n0', 1, 0, 'numeric', 'yak', 'weight', 'mass', 300, 300, 'kg', 300, 300, 'kg', '300 kg', 11, 17, 'x', 'm', 'pending'),
                   (2, 'b.txt#0.n0', 2, 0, 'numeric', 'yak', 'weight', 'mass', 280, 280, 'kg', 280, 280, 'kg', '280 kg', 11, 17, 'x', 'm', 'pending'),
                   (3, 'b.txt#1.n0', 2, 1, 'numeric', 'yak', 'weight', 'mass', 9, 9, 'kg', 9, 9, 'kg', '9 kg', 30, 34, 'x', 'm', 'rejected');
            INSERT INTO claim_subjects (subject, document_id) VALUES ('yak', 1), ('yak', 2);
            INSERT INTO facts (id, subject, attribute, quantity, low, high, unit, si_low, si_high, si_unit, support, first_seen_run)
            VALUES (1, 'yak', 'weight', 'mass', 280, 300, 'kg', 280, 300, 'kg', 2, 1);
            INSERT INTO fact_sources (fact_id, claim_id) VALUES (1, 1), (1, 2);
            INSERT INTO flags (id, signature, kind, rule, message, subject, attribute, created_run) VALUES (1, 's', 'implausible', 'range', 'too light', 'yak', 'weight', 1);
            INSERT INTO flag_claims (flag_id, claim_id) VALUES (1, 3);
            INSERT INTO audit (at, by, action, claim_id, decision) VALUES ('2025-01-02', 'ann', 'reject', 3, 1);
            """);

        using var store = SqliteFactStore.Open(Db);

        using var claims = store.Command("SELECT group_concat(claim_id || '=' || (id - document_id * 16777216), ' ') FROM (SELECT * FROM claims ORDER BY id);");
        Assert.Equal("a.txt#0.n0=0 b.txt#0.n0=0 b.txt#1.n0=1", claims.ExecuteScalar());
        using var sources = store.Command("SELECT group_concat(c.claim_id, ' ') FROM (SELECT * FROM fact_sources ORDER BY claim_id) s JOIN claims c ON c.id = s.claim_id;");
        Assert.Equal("a.txt#0.n0 b.txt#0.n0", sources.ExecuteScalar());
        using var flagged = store.Command("SELECT c.claim_id || ' ' || c.status FROM flag_claims l JOIN claims c ON c.id = l.claim_id;");
        Assert.Equal("b.txt#1.n0 rejected", flagged.ExecuteScalar());
        using var audited = store.Command("SELECT c.claim_id FROM audit a JOIN claims c ON c.id = a.claim_id;");
        Assert.Equal("b.txt#1.n0", audited.ExecuteScalar());
        Assert.Equal(["a.txt#0.n0", "b.txt#0.n0", "b.txt#1.n0"], FactMiner.Core.Review.ReviewQueries.KnownValues(store, "yak", "weight").Select(v => v.ClaimId));
        using var indexes = store.Command("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'claims';");
        Assert.Equal(0L, indexes.ExecuteScalar());
    }

    [Fact]
    public void Open_StoreOfTheFifthSchema_KeepsEverySentenceAndListsClaimsWithTheirSentences()
    {
        WriteFileAsLeftBehind(string.Concat(StoreSchema.Migrations.Take(5)) + """
            PRAGMA user_version = 5;
            INSERT INTO runs (id, started_at, status, extractor_version, model_version) VALUES (1, '2025-01-01', 'finished', 'x', 'm');
            INSERT INTO documents (id, doc, source_path, sha256, status, run_id, char_length, text)
            VALUES (1, 'a.txt', 'a.txt', 'abc', 'active', 1, 36, 'Intro. Adult "yaks"' || char(10) || '   weigh 300 kg.'),
                   (2, 'b.txt', 'b.txt', 'def', 'active', 1, 0, '');
            INSERT INTO sentences (document_id, idx, start, "end", topic, topic_confidence, subject)
            VALUES (1, 0, 0, 6, 'other', 1.0, NULL), (1, 1, 7, 36, 'morphology', 0.75, 'yak "grunting"');
            INSERT INTO claims (id, claim_id, document_id, sentence_idx, kind, subject, attribute, quantity, low, high, unit, si_low, si_high, si_unit, text, start, "end", extractor_version, model_version)
            VALUES (16777216, 'a.txt#1.n0', 1, 1, 'numeric', 'yak', 'weight', 'mass', 300, 300, 'kg', 300, 300, 'kg', '300 kg', 29, 35, 'x', 'm');
            """);

        using var store = SqliteFactStore.Open(Db);

        using var sentences = store.Command("""
            SELECT group_concat(document_id || ' ' || idx || ' ' || start || '-' || "end" || ' ' || topic || ' ' || typeof(topic_confidence)
                                || ' ' || topic_confidence || ' ' || coalesce(subject, '-'), '|')
            FROM (SELECT * FROM sentences ORDER BY document_id, idx);
            """);
        Assert.Equal("1 0 0-6 other real 1.0 -|1 1 7-36 morphology real 0.75 yak \"grunting\"", sentences.ExecuteScalar());
        var listed = Assert.Single(FactMiner.Core.Review.ReviewQueries.Claims(store, new FactMiner.Core.Review.ListingFilter { Status = "all" }));
        Assert.Equal("Adult \"yaks\" weigh 300 kg.", listed.SentenceText);
        Assert.Equal(7, listed.SentenceStart);
        Assert.Equal(2L, StoreStatusReader.Read(store).Counts["sentences"]);
    }

    [Fact]
    public void Open_StoreOfTheSixthSchema_KeepsEachClaimsVersionsThroughItsDocumentsRun()
    {
        WriteFileAsLeftBehind(string.Concat(StoreSchema.Migrations.Take(6)) + """
            PRAGMA user_version = 6;
            INSERT INTO runs (id, started_at, status, extractor_version, model_version) VALUES (1, '2025-01-01', 'finished', '0.9.0', 'topics.zip@abc');
            INSERT INTO documents (id, doc, source_path, sha256, status, run_id, char_length, text)
            VALUES (1, 'a.txt', 'corpus/a.txt', 'abc', 'active', 1, 18, 'Yaks weigh 300 kg.');
            INSERT INTO claims (id, claim_id, document_id, sentence_idx, kind, subject, attribute, quantity, low, high, unit, si_low, si_high, si_unit, text, start, "end", extractor_version, model_version)
            VALUES (16777216, 'a.txt#0.n0', 1, 0, 'numeric', 'yak', 'weight', 'mass', 300, 300, 'kg', 300, 300, 'kg', '300 kg', 11, 17, '0.9.0', 'topics.zip@abc');
            """);

        using var store = SqliteFactStore.Open(Db);

        using var provenance = store.Command("SELECT claim_id || ' ' || source_path || ' ' || sha256 || ' ' || sentence_idx || ' ' || start || '-' || \"end\" || ' ' || extractor_version || ' ' || model_version FROM claim_provenance;");
        Assert.Equal("a.txt#0.n0 corpus/a.txt abc 0 11-17 0.9.0 topics.zip@abc", provenance.ExecuteScalar());
        using var columns = store.Command("SELECT count(*) FROM pragma_table_info('claims') WHERE name IN ('extractor_version', 'model_version');");
        Assert.Equal(0L, columns.ExecuteScalar());
    }

    [Fact]
    public void WriteDocuments_EveryClaim_HasTheVersionsOfTheRunThatStoredIt()
    {
        using var store = SqliteFactStore.Open(Db);
        var runId = store.BeginRun(new StoreVersions("1.2.3+abc", "topics.zip@def"), DateTimeOffset.UnixEpoch);
        var claim = new Claim("a.txt#0.n0", "weight", "mass", 300, 300, "kg", 300, 300, "kg", [], "yak", "300 kg", 11, 17);
        store.WriteDocuments([new Document("a.txt", "corpus/a.txt", "Yaks weigh 300 kg.", "abc") { Sentences = [new Sentence(0, 0, 18, "Yaks weigh 300 kg.") { Claims = [claim] }] }], runId);

        using var provenance = store.Command("SELECT source_path || ' ' || sha256 || ' ' || extractor_version || ' ' || model_version FROM claim_provenance WHERE claim_id = 'a.txt#0.n0';");
        Assert.Equal("corpus/a.txt abc 1.2.3+abc topics.zip@def", provenance.ExecuteScalar());
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8 with BOM")]
    [InlineData("utf-16")]
    public async Task WriteDocuments_FileInAnyAcceptedEncoding_StoresExactlyTheDecodedText(string encoding)
    {
        const string text = "Le cerf élaphe — « Cervus elaphus » — pèse 160–240 kg.\r\nIl brame en automne. 鹿";
        var bytes = encoding switch
        {
            "utf-8" => System.Text.Encoding.UTF8.GetBytes(text),
            "utf-8 with BOM" => [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(text)],
            _ => [.. System.Text.Encoding.Unicode.GetPreamble(), .. System.Text.Encoding.Unicode.GetBytes(text)],
        };
        var path = Path.Combine(folder, "cerf.txt");
        await File.WriteAllBytesAsync(path, bytes);
        var read = await new FactMiner.Core.Ingestion.DocumentReader().ReadAsync(new FactMiner.Core.Ingestion.SourceFile(path, "cerf.txt"), CancellationToken.None);
        using var store = SqliteFactStore.Open(Db);

        store.WriteDocuments([read.Document!], BeginRun(store));

        using var stored = store.Command("SELECT text FROM documents;");
        Assert.Equal(text, stored.ExecuteScalar());
    }

    [Fact]
    public void Claims_SentenceBrokenOverLines_ListedWithItsTextFoldedAsTheSegmenterFoldsIt()
    {
        using var store = SqliteFactStore.Open(Db);
        var runId = BeginRun(store);
        const string text = "Intro.\nAdult yaks\n    weigh 300-500 kg.";
        var claim = new Claim("a.txt#1.n0", "weight", "mass", 300, 500, "kg", 300, 500, "kg", [], "yak", "300-500 kg", 28, 38);
        var sentence = new Sentence(1, 7, 39, "Adult yaks weigh 300-500 kg.") { Claims = [claim] };
        store.WriteDocuments([new Document("a.txt", "a.txt", text, "abc") { Sentences = [new Sentence(0, 0, 6, "Intro."), sentence] }], runId);

        var listed = Assert.Single(FactMiner.Core.Review.ReviewQueries.Claims(store, new FactMiner.Core.Review.ListingFilter { Status = "all" }));

        Assert.Equal("Adult yaks weigh 300-500 kg.", listed.SentenceText);
        Assert.Equal(7, listed.SentenceStart);
    }

    private static long BeginRun(SqliteFactStore store) => store.BeginRun(Versions, DateTimeOffset.UnixEpoch);

    /// <summary>Writes the store file directly, as another program (or another FactMiner version) would have left it.</summary>
    private void WriteFileAsLeftBehind(string sql)
    {
        using var other = new SqliteConnection($"Data Source={Db};Pooling=False");
        other.Open();
        using var command = other.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
