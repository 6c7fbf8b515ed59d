namespace FactMiner.Core.Export;

/// <summary>Names and file extensions of the <see cref="ExportFormat"/>s.</summary>
public static class ExportFormats
{
    public static IReadOnlyList<string> Names { get; } = ["csv", "jsonl", "parquet"];

    public static ExportFormat Parse(string name) => name.Trim().ToLowerInvariant() switch
    {
        "csv" => ExportFormat.Csv,
        "jsonl" or "ndjson" => ExportFormat.Jsonl,
        "parquet" => ExportFormat.Parquet,
        _ => throw new ArgumentException($"unknown export format '{name}': use {string.Join(", ", Names)}", nameof(name)),
    };

    /// <summary>The format a file name implies: <c>.csv</c>, <c>.jsonl</c> or <c>.ndjson</c>, <c>.parquet</c>; null for any other.</summary>
    public static ExportFormat? FromPath(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" => ExportFormat.Csv,
        ".jsonl" or ".ndjson" => ExportFormat.Jsonl,
        ".parquet" => ExportFormat.Parquet,
        _ => null,
    };

    public static string NameOf(ExportFormat format) => Names[(int)format];
}
