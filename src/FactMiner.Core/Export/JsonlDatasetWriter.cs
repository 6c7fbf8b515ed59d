using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace FactMiner.Core.Export;

/// <summary>
/// Writes rows as JSON lines: one object per line with every column in table order, <c>null</c> where a value is missing,
/// numbers as JSON numbers, lists as arrays. Text is written exactly as stored: programs read this format, not spreadsheets.
/// </summary>
internal static class JsonlDatasetWriter
{
    private const int FlushThreshold = 1 << 16;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Scraped sentences stay readable (no \u escapes for quotes or accents); the JSON is still valid.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static async Task WriteAsync<TRow>(Stream output, ExportTable<TRow> table, IEnumerable<TRow> rows, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(FlushThreshold * 2);
        var names = table.Columns.Select(c => JsonEncodedText.Encode(c.Name, WriterOptions.Encoder)).ToArray();
        await using var json = new Utf8JsonWriter(buffer, WriterOptions);
        foreach (var row in rows)
        {
            WriteRow(json, table, names, row);
            json.Flush();
            json.Reset();
            buffer.Write("\n"u8);
            if (buffer.WrittenCount >= FlushThreshold)
            {
                await output.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                buffer.ResetWrittenCount();
            }
        }

        await output.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    private static void WriteRow<TRow>(Utf8JsonWriter json, ExportTable<TRow> table, JsonEncodedText[] names, TRow row)
    {
        json.WriteStartObject();
        for (var i = 0; i < names.Length; i++)
        {
            var name = names[i];
            switch (table.Columns[i])
            {
                case TextColumn<TRow> text:
                    WriteOrNull(json, name, text.Read(row));
                    break;
                case RealColumn<TRow> real when real.Read(row) is { } number:
                    json.WriteNumber(name, number);
                    break;
                case IntegerColumn<TRow> integer when integer.Read(row) is { } number:
                    json.WriteNumber(name, number);
                    break;
                case TimestampColumn<TRow> timestamp when timestamp.Read(row) is { } at:
                    json.WriteString(name, at);
                    break;
                case TextListColumn<TRow> list:
                    json.WriteStartArray(name);
                    foreach (var item in list.Read(row))
                    {
                        json.WriteStringValue(item);
                    }

                    json.WriteEndArray();
                    break;
                case RealColumn<TRow> or IntegerColumn<TRow> or TimestampColumn<TRow>:
                    json.WriteNull(name);
                    break;
                default:
                    throw new InvalidOperationException($"column {table.Columns[i].Name} has a type the JSON lines writer does not know");
            }
        }

        json.WriteEndObject();
    }

    private static void WriteOrNull(Utf8JsonWriter json, JsonEncodedText name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
