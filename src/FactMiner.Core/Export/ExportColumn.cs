namespace FactMiner.Core.Export;

/// <summary>
/// One column of an exported dataset: its name, whether it may be empty, and how to read its value from a row.
/// The CSV record writer, the JSON lines writer and the Parquet writer all read the same <see cref="ExportTable{TRow}"/>,
/// so the three formats cannot drift apart in names, order or types.
/// </summary>
internal abstract class ExportColumn<TRow>(string name, bool nullable)
{
    public string Name { get; } = name;

    public bool Nullable { get; } = nullable;
}
