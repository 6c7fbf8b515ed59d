using Parquet;
using Parquet.Schema;

namespace FactMiner.Core.Export;

/// <summary>
/// A list-of-strings column in Parquet's standard three-level layout (<c>name/list/element</c>), which pandas reads as
/// Python lists and DuckDB and Spark as <c>LIST&lt;VARCHAR&gt;</c>. An empty list is written as one null entry at
/// repetition level 0, which Parquet.Net encodes as an empty (not a missing) list.
/// </summary>
internal sealed class ParquetListBuffer<TRow> : ParquetColumnBuffer<TRow>
{
    private readonly TextListColumn<TRow> column;
    private readonly DataField<string> element = new(ListField.ElementName, nullable: false);
    private readonly ListField listField;
    private readonly List<string?> values;
    private readonly List<int> repetitions;

    public ParquetListBuffer(TextListColumn<TRow> column, int rowGroupSize)
    {
        this.column = column;
        listField = new ListField(column.Name, element);
        values = new(rowGroupSize);
        repetitions = new(rowGroupSize);
    }

    public override Field Field => listField;

    public override void Add(TRow row)
    {
        var items = column.Read(row);
        if (items.IsEmpty)
        {
            values.Add(null);
            repetitions.Add(0);
            return;
        }

        for (var i = 0; i < items.Length; i++)
        {
            values.Add(items[i]);
            repetitions.Add(i == 0 ? 0 : 1);
        }
    }

    public override async Task WriteAsync(ParquetRowGroupWriter rowGroup, CancellationToken cancellationToken)
    {
        await rowGroup.WriteAsync(element, values!, repetitions.ToArray()).ConfigureAwait(false);
        values.Clear();
        repetitions.Clear();
    }
}
