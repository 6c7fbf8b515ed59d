using BenchmarkDotNet.Configs;

namespace FactMiner.Benchmarks;

/// <summary>Adds the throughput columns to whatever job the command line picks.</summary>
internal sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddColumn(
            new ThroughputColumn(ThroughputMeasure.Tokens),
            new ThroughputColumn(ThroughputMeasure.TokensPerSecond),
            new ThroughputColumn(ThroughputMeasure.MegabytesPerSecond));
    }
}
