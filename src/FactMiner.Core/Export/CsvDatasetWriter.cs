using CsvHelper;

namespace FactMiner.Core.Export;

/// <summary>
/// Writes rows as RFC 4180 CSV for spreadsheets: UTF-8 with a byte order mark (so Excel reads accents and µ right),
/// numbers in the invariant culture, and text cells that a spreadsheet would run as a formula prefixed with <c>'</c>.
/// </summary>
internal static class CsvDatasetWriter
{
    /// <summary>CsvHelper's own guard: text starting with <c>= + - @</c>, tab or CR gets a leading <c>'</c>; numbers are left alone.</summary>
    public static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        InjectionEscape = '\'',
        WriteByteOrderMark = true,
    };

    public static async Task WriteAsync<TRow>(Stream output, ExportTable<TRow> table, IEnumerable<TRow> rows, CancellationToken cancellationToken)
    {
        await using var writer = CsvWriter.Create(output, Options, leaveOpen: true);
        var recordWriter = new ColumnRecordWriter<TRow>(table);
        await writer.WriteRecordsAsync(rows, recordWriter, cancellationToken).ConfigureAwait(false);

        // An empty dataset still gets its header, so the file says what it would hold.
        if (writer.RecordCount == 0)
        {
            recordWriter.WriteHeader(writer);
            await writer.EndRecordAsync(cancellationToken).ConfigureAwait(false);
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
