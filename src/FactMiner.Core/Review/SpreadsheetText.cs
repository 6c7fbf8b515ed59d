namespace FactMiner.Core.Review;

/// <summary>Undoes the formula guard of exported CSV (a <c>'</c> before <c>= + - @</c>, tab or CR) on cells read back.</summary>
internal static class SpreadsheetText
{
    private const string FormulaStarts = "=+-@\t\r";

    public static string Restore(string cell) =>
        cell.Length > 1 && cell[0] == '\'' && FormulaStarts.Contains(cell[1], StringComparison.Ordinal) ? cell[1..] : cell;
}
