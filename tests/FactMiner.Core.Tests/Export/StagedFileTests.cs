using System.Collections.Immutable;
using FactMiner.Core.Export;

namespace FactMiner.Core.Tests.Export;

public sealed class StagedFileTests : IDisposable
{
    private static readonly ExportTable<int> Table = new(
        new IntegerColumn<int>("n", n => n, nullable: false),
        new TextColumn<int>("label", n => $"row {n}"),
        new TextListColumn<int>("tags", n => ImmutableArray.Create("t" + n)));

    private readonly string folder = Directory.CreateTempSubdirectory("factminer-staged-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData(ExportFormat.Csv)]
    [InlineData(ExportFormat.Jsonl)]
    [InlineData(ExportFormat.Parquet)]
    public async Task WriteAsync_RowSourceFailsMidway_LeavesThePreviousFileIntactAndNoTemporaryFile(ExportFormat format)
    {
        var target = Path.Combine(folder, "export.out");
        await File.WriteAllTextAsync(target, "the previous export");

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            DatasetExporter.WriteAsync(target, format, Table, FailingAfter(120_000), CancellationToken.None));

        Assert.Equal("the previous export", await File.ReadAllTextAsync(target));
        Assert.Equal(["export.out"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData(ExportFormat.Csv)]
    [InlineData(ExportFormat.Jsonl)]
    [InlineData(ExportFormat.Parquet)]
    public async Task WriteAsync_CancelledMidway_LeavesNoFileUnderTheTargetName(ExportFormat format)
    {
        var target = Path.Combine(folder, "export.out");
        using var cancellation = new CancellationTokenSource();
        var rows = new RowCounter<int>(CancellingAt(60_000, cancellation), cancellation.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DatasetExporter.WriteAsync(target, format, Table, rows, cancellation.Token));

        Assert.Empty(Directory.GetFiles(folder));
        Assert.Equal(60_000, rows.Count);
    }

    [Fact]
    public async Task WriteAsync_Completes_ClearsWhatAKilledExportToTheSameFileLeftBehind()
    {
        var target = Path.Combine(folder, "export.csv");
        var abandoned = Path.Combine(folder, ".export.csv.0123456789abcdef0123456789abcdef.partial");
        var live = Path.Combine(folder, ".export.csv.fedcba9876543210fedcba9876543210.partial");
        var otherTarget = Path.Combine(folder, ".other.csv.0123456789abcdef0123456789abcdef.partial");
        foreach (var file in new[] { abandoned, live, otherTarget })
        {
            await File.WriteAllTextAsync(file, "n,label,tags\n1,row");
        }

        File.SetLastWriteTimeUtc(abandoned, DateTime.UtcNow.AddHours(-1));
        File.SetLastWriteTimeUtc(otherTarget, DateTime.UtcNow.AddHours(-1));

        await DatasetExporter.WriteAsync(target, ExportFormat.Csv, Table, Enumerable.Range(1, 3), CancellationToken.None);

        Assert.False(File.Exists(abandoned));
        Assert.True(File.Exists(live), "a temporary file still being written belongs to another export");
        Assert.True(File.Exists(otherTarget), "leftovers of another target are not this export's to clear");
    }

    [Fact]
    public async Task WriteAsync_Completes_ReplacesThePreviousFileWhole()
    {
        var target = Path.Combine(folder, "export.csv");
        await File.WriteAllTextAsync(target, "the previous export");

        var bytes = await DatasetExporter.WriteAsync(target, ExportFormat.Csv, Table, Enumerable.Range(1, 3), CancellationToken.None);

        var lines = await File.ReadAllLinesAsync(target);
        Assert.Equal(["n,label,tags", "1,row 1,t1", "2,row 2,t2", "3,row 3,t3"], lines);
        Assert.Equal(new FileInfo(target).Length, bytes);
        Assert.Single(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task WriteAsync_FolderMissing_ThrowsAndCreatesNothing()
    {
        var target = Path.Combine(folder, "no-such-folder", "export.csv");

        await Assert.ThrowsAsync<DirectoryNotFoundException>(() =>
            DatasetExporter.WriteAsync(target, ExportFormat.Csv, Table, Enumerable.Range(1, 3), CancellationToken.None));

        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    private static IEnumerable<int> FailingAfter(int rows)
    {
        for (var n = 1; n <= rows; n++)
        {
            yield return n;
        }

        throw new InvalidOperationException("the store went away");
    }

    private static IEnumerable<int> CancellingAt(int rows, CancellationTokenSource cancellation)
    {
        for (var n = 1; ; n++)
        {
            if (n > rows)
            {
                cancellation.Cancel();
            }

            yield return n;
        }
    }
}
