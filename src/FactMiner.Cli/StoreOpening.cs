using FactMiner.Core.Storage;
using Microsoft.Data.Sqlite;

namespace FactMiner.Cli;

/// <summary>Opens the store for a verb, turning a refused or broken file into one clear line on stderr.</summary>
internal static class StoreOpening
{
    public static SqliteFactStore? Open(string path, TextWriter error)
    {
        try
        {
            return SqliteFactStore.Open(path);
        }
        catch (StoreVersionException e)
        {
            error.WriteLine($"error: {e.Message}");
        }
        catch (SqliteException e)
        {
            error.WriteLine($"error: cannot open store {path}: {e.Message}");
        }

        return null;
    }
}
