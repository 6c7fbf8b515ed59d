namespace FactMiner.Core.Export;

/// <summary>The file formats <c>factminer export</c> writes.</summary>
public enum ExportFormat
{
    /// <summary>RFC 4180 CSV for spreadsheets (UTF-8 with BOM, formula-looking text neutralised).</summary>
    Csv,

    /// <summary>One JSON object per line.</summary>
    Jsonl,

    /// <summary>Apache Parquet with typed columns.</summary>
    Parquet,
}
