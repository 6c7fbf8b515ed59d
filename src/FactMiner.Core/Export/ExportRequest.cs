namespace FactMiner.Core.Export;

/// <summary>What to export: which rows, which of them, and in which format.</summary>
public sealed record ExportRequest(ExportDataset Dataset, ExportFormat Format)
{
    /// <value>One of <see cref="ExportStatus.Names"/> (default <c>all</c>).</value>
    public string Status { get; init; } = ExportStatus.All;

    /// <value>Only this subject (lowercase, as stored); null for every subject.</value>
    public string? Subject { get; init; }

    /// <value>Only this attribute; null for every attribute.</value>
    public string? Attribute { get; init; }

    /// <summary>Every problem with the request, in one list; empty when it can run.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!ExportStatus.Names.Contains(Status))
        {
            problems.Add($"unknown status '{Status}': use {string.Join(", ", ExportStatus.Names)}");
        }

        if (!Enum.IsDefined(Dataset))
        {
            problems.Add($"unknown dataset {Dataset}: use facts, claims or flags");
        }

        if (!Enum.IsDefined(Format))
        {
            problems.Add($"unknown format {Format}: use {string.Join(", ", ExportFormats.Names)}");
        }

        return problems;
    }
}
