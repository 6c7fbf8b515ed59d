using Parquet;
using Parquet.Schema;

namespace FactMiner.Core.Export;

/// <summary>
/// Writes rows as a Parquet file with typed columns (double, int32, UTF-8 string, UTC timestamp, list of strings), one
/// row group per <see cref="RowGroupSize"/> rows so memory stays flat however large the dataset.
/// </summary>
internal static class ParquetDatasetWriter
{
    public const int RowGroupSize = 50_000;

    private static readonly ParquetOptions Options = new()
    {
        CompressionMethod = CompressionMethod.Snappy,
        // Parquet.Net pools its page buffers; without a cap the pool keeps every buffer it ever made.
        // Unique text (claim ids, sentences) is not worth a dictionary: decide from a sample, not a scan of every value.
        DictionaryEncodingSampleSize = 5_000,
        MaximumSmallPoolFreeBytes = 16 << 20,
        MaximumLargePoolFreeBytes = 64 << 20,
    };

    public static async Task WriteAsync<TRow>(Stream output, ExportTable<TRow> table, IEnumerable<TRow> rows, CancellationToken cancellationToken, int rowGroupSize = RowGroupSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rowGroupSize);
        var buffers = table.Columns.Select(column => ParquetColumnBuffer<TRow>.For(column, rowGroupSize)).ToArray();
        var schema = new ParquetSchema(buffers.Select(b => b.Field));
        await using var writer = await ParquetWriter.CreateAsync(schema, output, Options, cancellationToken: cancellationToken).ConfigureAwait(false);
        var buffered = 0;
        foreach (var row in rows)
        {
            foreach (var buffer in buffers)
            {
                buffer.Add(row);
            }

            if (++buffered == rowGroupSize)
            {
                await WriteRowGroupAsync(writer, buffers, cancellationToken).ConfigureAwait(false);
                buffered = 0;
            }
        }

        if (buffered > 0)
        {
            await WriteRowGroupAsync(writer, buffers, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task WriteRowGroupAsync<TRow>(ParquetWriter writer, ParquetColumnBuffer<TRow>[] buffers, CancellationToken cancellationToken)
    {
        using var rowGroup = writer.CreateRowGroup();
        foreach (var buffer in buffers)
        {
            await buffer.WriteAsync(rowGroup, cancellationToken).ConfigureAwait(false);
        }

        rowGroup.CompleteValidate();
    }
}
