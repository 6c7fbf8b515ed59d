namespace FactMiner.Cli;

/// <summary>
/// Reports progress on the caller's thread, one report at a time. <see cref="Progress{T}"/> posts to the thread pool,
/// so its last reports could land after the verb returned and its output writer was gone.
/// </summary>
internal sealed class SynchronousProgress<T>(Action<T> handler) : IProgress<T>
{
    private readonly Lock gate = new();

    public void Report(T value)
    {
        lock (gate)
        {
            handler(value);
        }
    }
}
