using System.Globalization;

namespace FactMiner.Core.Export;

/// <summary>
/// A point in time, kept in the store as ISO 8601 text: ISO 8601 in CSV and JSON lines, a UTC timestamp (microseconds)
/// in Parquet so pandas, DuckDB and Spark get a real timestamp column. Always nullable: not every row has been reviewed.
/// </summary>
internal sealed class TimestampColumn<TRow>(string name, Func<TRow, string?> value) : ExportColumn<TRow>(name, nullable: true)
{
    /// <summary>The stored text read as a timestamp; null when it is missing or not ISO 8601 (a hand-edited store).</summary>
    public DateTimeOffset? Read(TRow row) =>
        DateTimeOffset.TryParse(value(row), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : null;
}
