using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace FactMiner.Benchmarks;

/// <summary>
/// Tokens, tokens/s and MB/s next to the mean time. The counts come from running each workload once in the host
/// process (the measured runs happen in child processes whose return values BenchmarkDotNet does not report).
/// </summary>
internal sealed class ThroughputColumn(ThroughputMeasure measure) : IColumn
{
    private static readonly ConcurrentDictionary<Type, object> Instances = new();
    private static readonly ConcurrentDictionary<string, long> Counts = new();

    public string Id => nameof(ThroughputColumn) + measure;

    public string ColumnName => measure switch
    {
        ThroughputMeasure.Tokens => "Tokens",
        ThroughputMeasure.TokensPerSecond => "Mtokens/s",
        _ => "MB/s",
    };

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => (int)measure;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => measure switch
    {
        ThroughputMeasure.Tokens => "Tokens one run of the workload produces",
        ThroughputMeasure.TokensPerSecond => "Millions of tokens per second at the mean time",
        _ => "Megabytes (10^6 bytes of UTF-8) of corpus per second at the mean time",
    };

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var descriptor = benchmarkCase.Descriptor;
        var instance = Instances.GetOrAdd(descriptor.Type, type =>
        {
            var created = Activator.CreateInstance(type)!;
            descriptor.GlobalSetupMethod?.Invoke(created, null);
            return created;
        });
        var tokens = Counts.GetOrAdd(
            descriptor.WorkloadMethod.Name,
            _ => Convert.ToInt64(descriptor.WorkloadMethod.Invoke(instance, null), CultureInfo.InvariantCulture));
        if (measure == ThroughputMeasure.Tokens)
        {
            return tokens.ToString("N0", CultureInfo.InvariantCulture);
        }

        var meanNanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (meanNanoseconds is not > 0)
        {
            return "-";
        }

        var seconds = meanNanoseconds.Value / 1e9;
        return measure == ThroughputMeasure.TokensPerSecond
            ? (tokens / seconds / 1e6).ToString("N1", CultureInfo.InvariantCulture)
            : (((ICorpusBenchmark)instance).CorpusBytes / seconds / 1e6).ToString("N1", CultureInfo.InvariantCulture);
    }

    public override string ToString() => ColumnName;
}
