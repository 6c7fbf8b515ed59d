using System.Diagnostics;
using System.Globalization;

namespace FactMiner.Benchmarks;

/// <summary>
/// The peak working set of the benchmark process during one workload: reset before it (Linux lets a process clear its
/// high-water mark), read after it, kept in a file the host process's <see cref="PeakMemoryColumn"/> reads.
/// </summary>
internal static class PeakMemory
{
    public static void Reset()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        try
        {
            // "5" resets the peak resident set size (VmHWM) that PeakWorkingSet64 reports.
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not Linux, or not allowed: the peak then includes the setup.
        }
    }

    public static void Record(string key)
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var path = PathOf(key);
        var previous = File.Exists(path) ? long.Parse(File.ReadAllText(path), CultureInfo.InvariantCulture) : 0;
        File.WriteAllText(path, Math.Max(previous, process.PeakWorkingSet64).ToString(CultureInfo.InvariantCulture));
    }

    public static void Forget(string key) => File.Delete(PathOf(key));

    public static long? Read(string key) =>
        File.Exists(PathOf(key)) ? long.Parse(File.ReadAllText(PathOf(key)), CultureInfo.InvariantCulture) : null;

    private static string PathOf(string key) => Path.Combine(ExportBenchmarkStore.Folder, key + ".peak");
}
