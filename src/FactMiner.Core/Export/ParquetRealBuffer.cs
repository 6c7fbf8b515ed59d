using Parquet;
using Parquet.Schema;

namespace FactMiner.Core.Export;

/// <summary>A double column (optional: a categorical row has no numbers).</summary>
internal sealed class ParquetRealBuffer<TRow>(RealColumn<TRow> column, int rowGroupSize) : ParquetColumnBuffer<TRow>
{
    private readonly DataField<double?> dataField = new(column.Name);
    private readonly double?[] values = new double?[rowGroupSize];
    private int count;

    public override Field Field => dataField;

    public override void Add(TRow row) => values[count++] = column.Read(row);

    public override async Task WriteAsync(ParquetRowGroupWriter rowGroup, CancellationToken cancellationToken)
    {
        await rowGroup.WriteAsync<double>(dataField, values.AsMemory(0, count), cancellationToken: cancellationToken).ConfigureAwait(false);
        count = 0;
    }
}
