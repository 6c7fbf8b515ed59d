namespace FactMiner.Core.Export;

/// <summary>A 32-bit integer column: counts, indexes and offsets.</summary>
internal sealed class IntegerColumn<TRow>(string name, Func<TRow, int?> value, bool nullable = true) : ExportColumn<TRow>(name, nullable)
{
    public int? Read(TRow row) => value(row);
}
