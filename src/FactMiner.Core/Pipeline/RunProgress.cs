namespace FactMiner.Core.Pipeline;

/// <summary>A snapshot of a batch run, for a progress bar or a periodic log line.</summary>
/// <param name="Total">Sources found; documents done counts new, unchanged and failed alike.</param>
public readonly record struct RunProgress(int Done, int Total, long BytesDone, TimeSpan Elapsed, string Phase)
{
    public double DocumentsPerSecond => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;

    public TimeSpan? EstimatedRemaining =>
        Done > 0 && Done < Total ? TimeSpan.FromSeconds(Elapsed.TotalSeconds / Done * (Total - Done)) : null;
}
