using System.Collections.Immutable;
using FactMiner.Core.Export;

namespace FactMiner.Core.Tests.Export;

public sealed class ParquetDatasetWriterTests : IDisposable
{
    private static readonly ExportTable<Row> Table = new(
        new TextColumn<Row>("name", r => r.Name, nullable: false),
        new RealColumn<Row>("value", r => r.Value),
        new IntegerColumn<Row>("count", r => r.Count, nullable: false),
        new TimestampColumn<Row>("at", r => r.At),
        new TextListColumn<Row>("tags", r => r.Tags));

    private readonly string folder = Directory.CreateTempSubdirectory("factminer-parquet-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task WriteAsync_MoreRowsThanOneRowGroup_SplitsThemAndKeepsEveryValueInOrder()
    {
        var rows = Enumerable.Range(0, 7).Select(i => new Row(
            $"r{i}", i % 3 == 0 ? null : i - 3.5, i, i % 2 == 0 ? null : $"2025-01-0{i}T00:00:00Z", [.. Enumerable.Range(0, i % 3).Select(t => $"t{t}")])).ToList();
        var path = Path.Combine(folder, "rows.parquet");

        await using (var file = File.Create(path))
        {
            await ParquetDatasetWriter.WriteAsync(file, Table, rows, CancellationToken.None, rowGroupSize: 3);
        }

        var read = await ParquetReadBack.ReadAsync(path);
        Assert.Equal(3, read.RowGroups);
        Assert.Equal(rows.Select(r => r.Name), read.Columns["name"]);
        Assert.Equal(rows.Select(r => (object?)r.Value), read.Columns["value"]);
        Assert.Equal(rows.Select(r => (object?)r.Count), read.Columns["count"]);
        Assert.Equal(rows.Select(r => r.At is null ? null : (object?)DateTime.Parse(r.At, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal)), read.Columns["at"]);
        Assert.Equal(rows.Select(r => string.Join(",", r.Tags)), read.Columns["tags"].Select(t => string.Join(",", (ImmutableArray<string>)t!)));
    }

    private sealed record Row(string Name, double? Value, int Count, string? At, ImmutableArray<string> Tags);
}
