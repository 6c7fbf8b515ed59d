namespace FactMiner.Benchmarks;

internal enum ThroughputMeasure
{
    Tokens,
    TokensPerSecond,
    MegabytesPerSecond,
}
