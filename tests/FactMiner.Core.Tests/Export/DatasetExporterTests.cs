using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using CsvHelper;
using FactMiner.Core.Export;
using FactMiner.Core.Review;
using FactMiner.Core.Storage;
using FactMiner.Core.Tests.Support;
using Microsoft.Data.Sqlite;

namespace FactMiner.Core.Tests.Export;

public sealed class DatasetExporterTests : IDisposable
{
    private static readonly ListingFilter Everything = new() { Status = "all", Limit = int.MaxValue };

    private readonly string folder = Directory.CreateTempSubdirectory("factminer-export-").FullName;
    private readonly SqliteFactStore store;

    public DatasetExporterTests() => store = SqliteFactStore.Open(ReviewedStoreSeed.Create(folder));

    public void Dispose()
    {
        store.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task ExportAsync_ClaimsToCsv_ReadBackWithCsvHelperEqualsTheStoresRows()
    {
        var path = await Export(ExportDataset.Claims, "claims.csv");

        using var reader = CsvReader.FromFile(path);
        var rows = reader.GetRecords<ClaimCsvRow>().ToList();

        var expected = ReviewQueries.Claims(store, Everything).Select(c => new ClaimCsvRow(
            c.ClaimId, Cell(c.Subject), c.Attribute, Cell(c.Quantity), c.Low, c.High, Cell(c.Unit), c.SiLow, c.SiHigh, Cell(c.SiUnit),
            Cell(c.Category), Cell(c.Authority), c.Year, Cell(string.Join("; ", c.Qualifiers)), c.Status, c.CorrectedLow, c.CorrectedHigh,
            Cell(c.CorrectedUnit), c.Kind, c.Document, c.DocumentHash, c.SentenceIndex, c.SentenceStart, Cell(c.SentenceText), Cell(c.Text),
            c.Start, c.End, Time(c.FirstSeen), Cell(c.ReviewedBy), Time(c.ReviewedAt), Cell(c.Note))).ToList();
        Assert.Equal(7, rows.Count);
        Assert.Equal(expected, rows);
    }

    [Fact]
    public async Task ExportAsync_FactsToCsv_ReadBackWithCsvHelperEqualsTheStoresRows()
    {
        var path = await Export(ExportDataset.Facts, "facts.csv");

        using var reader = CsvReader.FromFile(path);
        var rows = reader.GetRecords<FactCsvRow>().ToList();

        var expected = ReviewQueries.Facts(store, Everything).Select(f => new FactCsvRow(
            f.Subject, f.Attribute, Cell(f.Quantity), f.Low, f.High, Cell(f.Unit), f.SiLow, f.SiHigh, Cell(f.SiUnit), Cell(f.Category),
            Cell(string.Join("; ", f.Qualifiers)), f.Status, f.Support, Cell(string.Join("; ", f.Sources)), Time(f.FirstSeen),
            Cell(f.ReviewedBy), Time(f.ReviewedAt), Cell(f.Note))).ToList();
        Assert.Equal(5, rows.Count);
        Assert.Equal(expected, rows);
        Assert.Contains(rows, r => r is { Attribute: "elevation", Low: -2, Status: "flagged", Sources: "musk.txt#3" });
    }

    [Fact]
    public async Task ExportAsync_FlagsToCsv_ReadBackWithCsvHelperEqualsTheStoresRows()
    {
        var path = await Export(ExportDataset.Flags, "flags.csv");

        using var reader = CsvReader.FromFile(path);
        var rows = reader.GetRecords<FlagCsvRow>().ToList();

        var expected = ReviewQueries.Flags(store, Everything).Select(f => new FlagCsvRow(
            f.Label, f.Kind, f.Rule, f.Status, Cell(f.Subject), Cell(f.Attribute), Cell(string.Join("; ", f.ClaimIds)), Cell(f.Message),
            Cell(f.DecidedBy), Time(f.DecidedAt), Cell(f.Note))).ToList();
        Assert.Equal(["F1", "F2", "F3"], rows.Select(r => r.Id));
        Assert.Equal(expected, rows);
    }

    [Fact]
    public async Task ExportAsync_ClaimsToParquet_ReadBackWithParquetNetEqualsTheStoresRowsWithTypedColumns()
    {
        var path = await Export(ExportDataset.Claims, "claims.parquet");

        var file = await ParquetReadBack.ReadAsync(path);

        Assert.Equal(DatasetExporter.ColumnNames(ExportDataset.Claims), file.Schema.Fields.Select(f => f.Name));
        Assert.Equal((typeof(double), true), (file.Field("low").ClrType, file.Field("low").IsNullable));
        Assert.Equal((typeof(int), false), (file.Field("start").ClrType, file.Field("start").IsNullable));
        Assert.Equal((typeof(int), true), (file.Field("year").ClrType, file.Field("year").IsNullable));
        Assert.Equal(typeof(DateTime), file.Field("reviewed_at").ClrType);
        Assert.Equal(1, file.Field("qualifiers").MaxRepetitionLevel);
        var claims = ReviewQueries.Claims(store, Everything);
        Assert.Equal(claims.Select(c => c.ClaimId), file.Columns["claim_id"]);
        Assert.Equal(claims.Select(c => (object?)c.Low), file.Columns["low"]);
        Assert.Equal(claims.Select(c => (object?)c.SiHigh), file.Columns["si_high"]);
        Assert.Equal(claims.Select(c => (object?)c.Year), file.Columns["year"]);
        Assert.Equal(claims.Select(c => (object?)c.Start), file.Columns["start"]);
        Assert.Equal(claims.Select(c => c.SentenceText), file.Columns["sentence"]);
        Assert.Equal(claims.Select(c => c.Note), file.Columns["note"]);
        Assert.Equal(claims.Select(c => string.Join("|", c.Qualifiers)), file.Columns["qualifiers"].Select(q => string.Join("|", (ImmutableArray<string>)q!)));
        Assert.Equal(claims.Select(c => (object?)Micros(c.ReviewedAt)), file.Columns["reviewed_at"]);
    }

    [Fact]
    public async Task ExportAsync_FactsToParquet_ReadBackWithParquetNetEqualsTheStoresRows()
    {
        var path = await Export(ExportDataset.Facts, "facts.parquet");

        var file = await ParquetReadBack.ReadAsync(path);

        var facts = ReviewQueries.Facts(store, Everything);
        Assert.Equal(DatasetExporter.ColumnNames(ExportDataset.Facts), file.Schema.Fields.Select(f => f.Name));
        Assert.Equal((typeof(int), false), (file.Field("support").ClrType, file.Field("support").IsNullable));
        Assert.Equal(facts.Select(f => f.Subject), file.Columns["subject"]);
        Assert.Equal(facts.Select(f => (object?)f.Low), file.Columns["low"]);
        Assert.Equal(facts.Select(f => (object?)f.Support), file.Columns["support"]);
        Assert.Equal(facts.Select(f => f.Category), file.Columns["category"]);
        Assert.Equal(facts.Select(f => string.Join("|", f.Sources)), file.Columns["sources"].Select(s => string.Join("|", (ImmutableArray<string>)s!)));
        Assert.Equal(facts.Select(f => (object?)Micros(f.FirstSeen)), file.Columns["first_seen"]);
    }

    [Theory]
    [InlineData(ExportDataset.Facts, 5)]
    [InlineData(ExportDataset.Claims, 7)]
    [InlineData(ExportDataset.Flags, 3)]
    public async Task ExportAsync_EveryDatasetToParquet_HasTheStoresRowsUnderTheSameColumnsAsCsv(ExportDataset dataset, int rows)
    {
        var csv = await Export(dataset, "rows.csv");
        var parquet = await Export(dataset, "rows.parquet");

        var file = await ParquetReadBack.ReadAsync(parquet);

        Assert.Equal(rows, file.Rows);
        Assert.Equal(File.ReadLines(csv).First().TrimStart('\uFEFF').Split(','), file.Schema.Fields.Select(f => f.Name));
    }

    [Fact]
    public async Task ExportAsync_CancelledBeforeTheEnd_KeepsThePreviousExport()
    {
        var path = Path.Combine(folder, "claims.csv");
        await File.WriteAllTextAsync(path, "yesterday's export");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            DatasetExporter.ExportAsync(store, new ExportRequest(ExportDataset.Claims, ExportFormat.Csv), path, cancelled.Token));

        Assert.Equal("yesterday's export", await File.ReadAllTextAsync(path));
        Assert.Equal(["claims.csv", "reviewed.db"], Directory.GetFiles(folder).Select(Path.GetFileName).Where(n => !n!.EndsWith("-wal", StringComparison.Ordinal) && !n.EndsWith("-shm", StringComparison.Ordinal)).Order());
    }

    [Fact]
    public async Task ExportAsync_ToTheStoresOwnFile_IsRefused()
    {
        var e = await Assert.ThrowsAsync<ArgumentException>(() =>
            DatasetExporter.ExportAsync(store, new ExportRequest(ExportDataset.Claims, ExportFormat.Csv), store.Path));

        Assert.Contains("is the store itself", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAsync_ToJsonl_WritesOneObjectPerRowWithTheColumnsInOrderAndTypedValues()
    {
        var path = await Export(ExportDataset.Claims, "claims.jsonl");

        var lines = await File.ReadAllLinesAsync(path);

        Assert.Equal(7, lines.Length);
        using var elevation = JsonDocument.Parse(lines.Single(l => l.Contains(ReviewedStoreSeed.Elevation, StringComparison.Ordinal)));
        var root = elevation.RootElement;
        Assert.Equal(DatasetExporter.ColumnNames(ExportDataset.Claims), root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(-2, root.GetProperty("low").GetDouble());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("category").ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("qualifiers").ValueKind);
        Assert.Equal(JsonValueKind.Number, root.GetProperty("start").ValueKind);
        Assert.Equal("-2 m", root.GetProperty("text").GetString());
        Assert.StartsWith("=HYPERLINK", root.GetProperty("sentence").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ExportDataset.Facts, ExportStatus.All, "shoulder_height weight conservation_status elevation body_length")]
    [InlineData(ExportDataset.Facts, ExportStatus.Clean, "shoulder_height weight conservation_status body_length")]
    [InlineData(ExportDataset.Facts, ExportStatus.Accepted, "shoulder_height weight")]
    [InlineData(ExportDataset.Claims, ExportStatus.All, "musk.txt#0.0 musk.txt#1.0 musk.txt#1.1 musk.txt#2.c0 musk.txt#3.0 musk.txt#4.0 musk.txt#5.0")]
    [InlineData(ExportDataset.Claims, ExportStatus.Clean, "musk.txt#0.0 musk.txt#1.0 musk.txt#2.c0 musk.txt#5.0")]
    [InlineData(ExportDataset.Claims, ExportStatus.Accepted, "musk.txt#0.0 musk.txt#1.0")]
    [InlineData(ExportDataset.Flags, ExportStatus.All, "F1 F2 F3")]
    [InlineData(ExportDataset.Flags, ExportStatus.Clean, "F2 F3")]
    [InlineData(ExportDataset.Flags, ExportStatus.Accepted, "F2")]
    public async Task ExportAsync_StatusFilter_KeepsOnlyTheRowsItDefines(ExportDataset dataset, string status, string expected)
    {
        var path = await Export(dataset, "rows.jsonl", status);

        var keys = File.ReadAllLines(path).Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            var key = dataset switch { ExportDataset.Facts => "attribute", ExportDataset.Claims => "claim_id", _ => "id" };
            return json.RootElement.GetProperty(key).GetString();
        });
        Assert.Equal(expected, string.Join(" ", keys));
    }

    [Fact]
    public async Task ExportAsync_SubjectAndAttribute_KeepOnlyThatKey()
    {
        var path = await Export(ExportDataset.Claims, "weights.csv", subject: "musk deer", attribute: "weight");

        using var reader = CsvReader.FromFile(path);
        Assert.Equal([ReviewedStoreSeed.MaleWeightKg, ReviewedStoreSeed.WeightLb], reader.GetRecords<ClaimCsvRow>().Select(r => r.ClaimId));
    }

    [Theory]
    [InlineData("empty.csv")]
    [InlineData("empty.jsonl")]
    [InlineData("empty.parquet")]
    public async Task ExportAsync_NothingMatches_WritesAValidEmptyFile(string name)
    {
        var format = ExportFormats.FromPath(name)!.Value;

        var result = await DatasetExporter.ExportAsync(store, new ExportRequest(ExportDataset.Facts, format) { Subject = "yeti" }, Path.Combine(folder, name));

        Assert.Equal(0, result.Rows);
        switch (format)
        {
            case ExportFormat.Csv:
                Assert.Equal(string.Join(",", DatasetExporter.ColumnNames(ExportDataset.Facts)), File.ReadAllText(result.Path).TrimStart('\uFEFF').TrimEnd());
                break;
            case ExportFormat.Jsonl:
                Assert.Equal(0, new FileInfo(result.Path).Length);
                break;
            default:
                var file = await ParquetReadBack.ReadAsync(result.Path);
                Assert.Equal(DatasetExporter.ColumnNames(ExportDataset.Facts), file.Schema.Fields.Select(f => f.Name));
                Assert.Equal(0, file.RowGroups);
                break;
        }
    }

    [Fact]
    public async Task ExportAsync_Result_CountsRowsAndBytesOfTheFile()
    {
        var result = await DatasetExporter.ExportAsync(store, new ExportRequest(ExportDataset.Claims, ExportFormat.Csv), Path.Combine(folder, "c.csv"));

        Assert.Equal(7, result.Rows);
        Assert.Equal(new FileInfo(result.Path).Length, result.Bytes);
        Assert.Equal(Path.Combine(folder, "c.csv"), result.Path);
    }

    [Fact]
    public async Task ExportAsync_BadStatus_ThrowsNamingTheChoices()
    {
        var request = new ExportRequest(ExportDataset.Facts, ExportFormat.Csv) { Status = "flagged" };

        var e = await Assert.ThrowsAsync<ArgumentException>(() => DatasetExporter.ExportAsync(store, request, Path.Combine(folder, "x.csv")));

        Assert.Contains("all, clean, accepted", e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "x.csv")));
    }

    private async Task<string> Export(ExportDataset dataset, string name, string status = ExportStatus.All, string? subject = null, string? attribute = null)
    {
        var format = ExportFormats.FromPath(name)!.Value;
        var request = new ExportRequest(dataset, format) { Status = status, Subject = subject, Attribute = attribute };
        var result = await DatasetExporter.ExportAsync(store, request, Path.Combine(folder, name));
        return result.Path;
    }

    /// <summary>A text cell as a spreadsheet-safe CSV holds it: empty for null, a leading ' before formula characters.</summary>
    private static string Cell(string? text) => text switch
    {
        null or "" => string.Empty,
        [var first, ..] when "=+-@\t\r".Contains(first, StringComparison.Ordinal) => "'" + text,
        _ => text,
    };

    private static DateTimeOffset? Time(string? text) => text is null ? null : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>Parquet keeps microseconds, in UTC.</summary>
    private static DateTime? Micros(string? text) => Time(text) is { } at ? new DateTime(at.UtcTicks - (at.UtcTicks % 10), DateTimeKind.Utc) : null;
}
