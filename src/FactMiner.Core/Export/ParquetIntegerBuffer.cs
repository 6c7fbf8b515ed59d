using Parquet;
using Parquet.Schema;

namespace FactMiner.Core.Export;

/// <summary>An int32 column: required when the table says every row has it (support, offsets), optional otherwise (year).</summary>
internal sealed class ParquetIntegerBuffer<TRow>(IntegerColumn<TRow> column, int rowGroupSize) : ParquetColumnBuffer<TRow>
{
    private readonly DataField dataField = column.Nullable ? new DataField<int?>(column.Name) : new DataField<int>(column.Name);
    private readonly int?[] values = new int?[rowGroupSize];
    private readonly int[] required = column.Nullable ? [] : new int[rowGroupSize];
    private int count;

    public override Field Field => dataField;

    public override void Add(TRow row)
    {
        var value = column.Read(row);
        if (column.Nullable)
        {
            values[count++] = value;
        }
        else
        {
            required[count++] = value ?? 0;
        }
    }

    public override async Task WriteAsync(ParquetRowGroupWriter rowGroup, CancellationToken cancellationToken)
    {
        if (column.Nullable)
        {
            await rowGroup.WriteAsync<int>(dataField, values.AsMemory(0, count), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await rowGroup.WriteAsync<int>(dataField, required.AsMemory(0, count), cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        count = 0;
    }
}
