using Parquet;
using Parquet.Schema;

namespace FactMiner.Core.Export;

/// <summary>
/// A timestamp column in UTC with microsecond precision: the logical type pandas, DuckDB and Spark all read as a
/// timestamp (Spark has no nanoseconds, and INT96 is deprecated).
/// </summary>
internal sealed class ParquetTimestampBuffer<TRow>(TimestampColumn<TRow> column, int rowGroupSize) : ParquetColumnBuffer<TRow>
{
    private readonly DateTimeDataField dataField = new(column.Name, DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Micros, isNullable: true);
    private readonly DateTime?[] values = new DateTime?[rowGroupSize];
    private int count;

    public override Field Field => dataField;

    public override void Add(TRow row) => values[count++] = column.Read(row)?.UtcDateTime;

    public override async Task WriteAsync(ParquetRowGroupWriter rowGroup, CancellationToken cancellationToken)
    {
        await rowGroup.WriteAsync<DateTime>(dataField, values.AsMemory(0, count), cancellationToken: cancellationToken).ConfigureAwait(false);
        count = 0;
    }
}
