using Parquet;
using Parquet.Schema;

namespace FactMiner.Core.Export;

/// <summary>
/// Holds one column's values for the row group being built, then writes them as a typed Parquet column.
/// Buffers are reused from one row group to the next, so memory depends on the row group size, not on the dataset.
/// </summary>
internal abstract class ParquetColumnBuffer<TRow>
{
    /// <summary>The column as the schema declares it (a list column is a <see cref="ListField"/>).</summary>
    public abstract Field Field { get; }

    public abstract void Add(TRow row);

    /// <summary>Writes the buffered values to the row group and empties the buffer.</summary>
    public abstract Task WriteAsync(ParquetRowGroupWriter rowGroup, CancellationToken cancellationToken);

    public static ParquetColumnBuffer<TRow> For(ExportColumn<TRow> column, int rowGroupSize) => column switch
    {
        TextColumn<TRow> text => new ParquetTextBuffer<TRow>(text, rowGroupSize),
        RealColumn<TRow> real => new ParquetRealBuffer<TRow>(real, rowGroupSize),
        IntegerColumn<TRow> integer => new ParquetIntegerBuffer<TRow>(integer, rowGroupSize),
        TimestampColumn<TRow> timestamp => new ParquetTimestampBuffer<TRow>(timestamp, rowGroupSize),
        TextListColumn<TRow> list => new ParquetListBuffer<TRow>(list, rowGroupSize),
        _ => throw new InvalidOperationException($"column {column.Name} has a type the Parquet writer does not know: {column.GetType().Name}"),
    };
}
