namespace FactMiner.Core.Export;

/// <summary>A text column: a string in every format; CSV cells that look like formulas are neutralised.</summary>
internal sealed class TextColumn<TRow>(string name, Func<TRow, string?> value, bool nullable = true) : ExportColumn<TRow>(name, nullable)
{
    public string? Read(TRow row) => value(row);
}
