using CsvHelper;

namespace FactMiner.Core.Export;

/// <summary>
/// The CSV class map of a row kind. CsvHelper 34 replaced <c>ClassMap</c> with record writers; this one takes the header
/// and every field from the <see cref="ExportTable{TRow}"/>, so names and order live in one place for all formats.
/// </summary>
internal sealed class ColumnRecordWriter<TRow>(ExportTable<TRow> table) : CsvRecordWriter<TRow>
{
    public override int FieldCount => table.Columns.Length;

    public override void WriteHeader(CsvWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var column in table.Columns)
        {
            WriteColumnName(writer, column.Name);
        }
    }

    public override void Write(CsvWriter writer, TRow record)
    {
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var column in table.Columns)
        {
            switch (column)
            {
                case TextColumn<TRow> text:
                    writer.WriteField(text.Read(record));
                    break;
                case RealColumn<TRow> real:
                    writer.WriteField(real.Read(record), default);
                    break;
                case IntegerColumn<TRow> integer:
                    writer.WriteField(integer.Read(record), default);
                    break;
                case TimestampColumn<TRow> timestamp:
                    writer.WriteField(timestamp.Read(record), default);
                    break;
                case TextListColumn<TRow> list:
                    writer.WriteField(string.Join(TextListColumn<TRow>.CsvSeparator, list.Read(record)));
                    break;
                default:
                    throw new InvalidOperationException($"column {column.Name} has a type the CSV writer does not know: {column.GetType().Name}");
            }
        }
    }
}
