using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace FactMiner.Benchmarks;

/// <summary>Rows/s at the mean time and the peak working set of the export benchmark's process (see <see cref="PeakMemory"/>).</summary>
internal sealed class PeakMemoryColumn(bool rowsPerSecond) : IColumn
{
    public string Id => nameof(PeakMemoryColumn) + rowsPerSecond;

    public string ColumnName => rowsPerSecond ? "Rows/s" : "Peak WS";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => rowsPerSecond ? 0 : 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => rowsPerSecond
        ? "Rows exported per second at the mean time"
        : "Peak working set (resident memory) of the benchmark process during the export, in MiB";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var parameters = benchmarkCase.Parameters;
        var rows = Convert.ToInt64(parameters["Claims"], CultureInfo.InvariantCulture);
        if (!rowsPerSecond)
        {
            return PeakMemory.Read(ExportBenchmarks.Key(parameters["Format"]!.ToString()!, rows)) is { } peak
                ? (peak / (1024.0 * 1024)).ToString("N0", CultureInfo.InvariantCulture) + " MiB"
                : "-";
        }

        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return mean is > 0 ? (rows / (mean.Value / 1e9)).ToString("N0", CultureInfo.InvariantCulture) : "-";
    }

    public override string ToString() => ColumnName;
}
