using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using FactMiner.Core.Export;
using FactMiner.Core.Storage;

namespace FactMiner.Benchmarks;

/// <summary>
/// Exporting a million claims from the store (the real path: keyset-paged listing, formula guard, staged file) as CSV,
/// JSON lines and Parquet. Columns: rows/s and the process's peak working set, which stays flat however many rows.
/// Run: <c>dotnet run -c Release --project bench/FactMiner.Benchmarks -- --filter *ExportBenchmarks*</c>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Columns))]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ExportBenchmarks
{
    private SqliteFactStore? store;
    private string output = "";

    [Params(1_000_000)]
    public int Claims { get; set; } = 1_000_000;

    [Params(ExportFormat.Csv, ExportFormat.Jsonl, ExportFormat.Parquet)]
    public ExportFormat Format { get; set; }

    public static string Key(string format, long claims) => $"export-{format}-{claims}";

    [GlobalSetup]
    public void Setup()
    {
        store = SqliteFactStore.Open(ExportBenchmarkStore.Ensure(Claims));
        output = Path.Combine(ExportBenchmarkStore.Folder, "export." + ExportFormats.NameOf(Format));
        PeakMemory.Forget(Key(Format.ToString(), Claims));
    }

    [IterationSetup]
    public void ResetPeak() => PeakMemory.Reset();

    [IterationCleanup]
    public void RecordPeak()
    {
        PeakMemory.Record(Key(Format.ToString(), Claims));
        File.Delete(output);
    }

    [GlobalCleanup]
    public void Cleanup() => store?.Dispose();

    [Benchmark]
    public async Task<long> ExportClaims()
    {
        var result = await DatasetExporter.ExportAsync(store!, new ExportRequest(ExportDataset.Claims, Format), output);
        return result.Rows;
    }

    private sealed class Columns : ManualConfig
    {
        public Columns() => AddColumn(new PeakMemoryColumn(rowsPerSecond: true), new PeakMemoryColumn(rowsPerSecond: false));
    }
}
