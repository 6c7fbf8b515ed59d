using FactMiner.Core.Storage;

namespace FactMiner.Core.Export;

/// <summary>
/// Exports facts, claims or flags from the store as CSV, JSON lines or Parquet, streaming from a consistent snapshot of
/// the store into a temporary file that replaces the target only when complete.
/// </summary>
/// <remarks>Reads the store; writes one file. Column names and order: <c>FactColumns</c>, <c>ClaimColumns</c>, <c>FlagColumns</c>.</remarks>
public static class DatasetExporter
{
    /// <exception cref="ArgumentException">The request has problems, or the path is the store's own file (every problem in the message).</exception>
    /// <exception cref="IOException">The file could not be written; the target is unchanged.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; the target is unchanged.</exception>
    public static Task<ExportResult> ExportAsync(SqliteFactStore store, ExportRequest request, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var problems = request.Problems().ToList();
        if (string.Equals(Path.GetFullPath(path), Path.GetFullPath(store.Path), StringComparison.Ordinal))
        {
            problems.Add($"{path} is the store itself; choose another file to export to");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("cannot export: " + string.Join("; ", problems), nameof(request));
        }

        return request.Dataset switch
        {
            ExportDataset.Facts => ExportAsync(store, request, path, FactColumns.Table, ExportRows.Facts, cancellationToken),
            ExportDataset.Claims => ExportAsync(store, request, path, ClaimColumns.Table, ExportRows.Claims, cancellationToken),
            _ => ExportAsync(store, request, path, FlagColumns.Table, ExportRows.Flags, cancellationToken),
        };
    }

    /// <summary>The column names of a dataset, in file order (the same in every format).</summary>
    public static IReadOnlyList<string> ColumnNames(ExportDataset dataset) => dataset switch
    {
        ExportDataset.Facts => [.. FactColumns.Table.Names],
        ExportDataset.Claims => [.. ClaimColumns.Table.Names],
        _ => [.. FlagColumns.Table.Names],
    };

    private static async Task<ExportResult> ExportAsync<TRow>(
        SqliteFactStore store,
        ExportRequest request,
        string path,
        ExportTable<TRow> table,
        Func<SqliteFactStore, ExportRequest, IEnumerable<TRow>> rowsOf,
        CancellationToken cancellationToken)
    {
        using var snapshot = ReadSnapshot.Begin(store);
        var counted = new RowCounter<TRow>(rowsOf(store, request), cancellationToken);
        var bytes = await WriteAsync(path, request.Format, table, counted, cancellationToken).ConfigureAwait(false);
        return new ExportResult(Path.GetFullPath(path), request.Dataset, request.Format, counted.Count, bytes);
    }

    internal static Task<long> WriteAsync<TRow>(string path, ExportFormat format, ExportTable<TRow> table, IEnumerable<TRow> rows, CancellationToken cancellationToken) =>
        StagedFile.WriteAsync(path, (stream, token) => format switch
        {
            ExportFormat.Csv => CsvDatasetWriter.WriteAsync(stream, table, rows, token),
            ExportFormat.Jsonl => JsonlDatasetWriter.WriteAsync(stream, table, rows, token),
            _ => ParquetDatasetWriter.WriteAsync(stream, table, rows, token),
        }, cancellationToken);
}
