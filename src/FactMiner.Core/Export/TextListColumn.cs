using System.Collections.Immutable;

namespace FactMiner.Core.Export;

/// <summary>
/// A list of strings (qualifiers, sources, a flag's claims): an array in JSON lines, a list column in Parquet, and in CSV
/// the items joined by <see cref="CsvSeparator"/> so a spreadsheet shows them in one cell.
/// </summary>
internal sealed class TextListColumn<TRow>(string name, Func<TRow, ImmutableArray<string>> value) : ExportColumn<TRow>(name, nullable: false)
{
    public const string CsvSeparator = "; ";

    public ImmutableArray<string> Read(TRow row) => value(row) is { IsDefault: false } items ? items : [];
}
