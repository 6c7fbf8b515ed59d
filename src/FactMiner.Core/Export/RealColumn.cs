namespace FactMiner.Core.Export;

/// <summary>A floating-point column: a number in every format (invariant culture), never neutralised.</summary>
internal sealed class RealColumn<TRow>(string name, Func<TRow, double?> value, bool nullable = true) : ExportColumn<TRow>(name, nullable)
{
    /// <summary>The value, or null for a missing or non-finite one (JSON and spreadsheets have no NaN).</summary>
    public double? Read(TRow row) => value(row) is { } number && double.IsFinite(number) ? number : null;
}
