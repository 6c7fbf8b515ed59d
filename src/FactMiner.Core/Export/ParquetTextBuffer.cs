using Parquet;
using Parquet.Schema;

namespace FactMiner.Core.Export;

/// <summary>A UTF-8 string column, optional unless the table says the value is always there.</summary>
internal sealed class ParquetTextBuffer<TRow>(TextColumn<TRow> column, int rowGroupSize) : ParquetColumnBuffer<TRow>
{
    private readonly DataField<string> dataField = new(column.Name, column.Nullable);
    private readonly string?[] values = new string?[rowGroupSize];
    private int count;

    public override Field Field => dataField;

    // A required column never holds null in Parquet; an empty string keeps the file valid if the store ever lacks one.
    public override void Add(TRow row) => values[count++] = column.Read(row) ?? (column.Nullable ? null : string.Empty);

    public override async Task WriteAsync(ParquetRowGroupWriter rowGroup, CancellationToken cancellationToken)
    {
        await rowGroup.WriteAsync(dataField, new ArraySegment<string?>(values, 0, count)!).ConfigureAwait(false);
        Array.Clear(values, 0, count);
        count = 0;
    }
}
