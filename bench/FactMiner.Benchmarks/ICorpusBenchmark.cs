namespace FactMiner.Benchmarks;

/// <summary>A benchmark over a generated corpus whose workload methods return how many tokens (or items) they produced.</summary>
internal interface ICorpusBenchmark
{
    /// <summary>UTF-8 size of the corpus, set by the benchmark's global setup.</summary>
    long CorpusBytes { get; }
}
