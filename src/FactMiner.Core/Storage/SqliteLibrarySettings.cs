using SQLitePCL;

namespace FactMiner.Core.Storage;

/// <summary>
/// Process-wide SQLite settings, made once before the library's first connection (SQLite refuses them afterwards, and
/// then its defaults stay). Every connection here is used by one thread at a time (the web page serialises its own), so
/// SQLite need not lock each connection on every call; nothing reads SQLite's memory statistics, so it need not keep
/// them behind a global lock on every allocation. Together they saved 0.5 s of CPU and 0.3 s of the 100 MB run.
/// </summary>
internal static class SqliteLibrarySettings
{
    private static readonly Lazy<bool> Applied = new(() =>
    {
        Batteries_V2.Init();
        var threading = raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD);
        var statistics = raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0);
        return threading == raw.SQLITE_OK && statistics == raw.SQLITE_OK;
    });

    /// <summary>Applies the settings if no connection has been opened yet; true when SQLite took them.</summary>
    public static bool Apply() => Applied.Value;
}
