namespace FactMiner.Core.Export;

/// <summary>A finished export: the file now under <paramref name="Path"/>, how many rows it holds and its size.</summary>
public sealed record ExportResult(string Path, ExportDataset Dataset, ExportFormat Format, long Rows, long Bytes);
