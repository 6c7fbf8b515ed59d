namespace FactMiner.Core.Ingestion;

/// <summary>Limits that keep one pathological file from starving the batch.</summary>
public sealed record IngestOptions
{
    /// <value>32 MiB: larger files are refused, not truncated.</value>
    public long MaxDocumentBytes { get; init; } = 32L * 1024 * 1024;

    /// <value>1,000,000 characters: a longer line is minified or binary junk, not prose.</value>
    public int MaxLineLength { get; init; } = 1_000_000;

    public static IngestOptions Default { get; } = new();

    /// <summary>Throws one message naming every bad option.</summary>
    public IngestOptions Validate()
    {
        var problems = new List<string>();
        if (MaxDocumentBytes <= 0)
        {
            problems.Add($"{nameof(MaxDocumentBytes)} must be positive (was {MaxDocumentBytes})");
        }

        if (MaxLineLength <= 0)
        {
            problems.Add($"{nameof(MaxLineLength)} must be positive (was {MaxLineLength})");
        }

        return problems.Count == 0 ? this : throw new ArgumentException("Invalid ingest options: " + string.Join("; ", problems));
    }
}
