namespace FactMiner.Core.Storage;

/// <summary>What one <c>run</c> did, as printed at its end and kept in the <c>runs</c> table.</summary>
public sealed record RunSummary
{
    public long RunId { get; init; }

    public int DocumentsNew { get; init; }

    public int DocumentsUnchanged { get; init; }

    public int DocumentsFailed { get; init; }

    public int Sentences { get; init; }

    public int Claims { get; init; }

    /// <summary>Facts standing for the keys this run reconciled.</summary>
    public int Facts { get; init; }

    public int FlagsNew { get; init; }

    public int KeysReconciled { get; init; }

    public TimeSpan Elapsed { get; init; }

    public long Bytes { get; init; }
}
