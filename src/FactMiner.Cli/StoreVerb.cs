using System.CommandLine;
using FactMiner.Core.Storage;

namespace FactMiner.Cli;

/// <summary>Runs a verb's work on an existing store, with one clear error when there is none.</summary>
internal static class StoreVerb
{
    public static int WithExistingStore(ParseResult parseResult, Option<string> db, Func<SqliteFactStore, int> work)
    {
        var path = parseResult.GetValue(db)!;
        var error = parseResult.InvocationConfiguration.Error;
        if (!File.Exists(path))
        {
            error.WriteLine($"error: no store at {path}; create one with 'factminer run PATH --db {path}'.");
            return CliApp.UsageError;
        }

        using var store = StoreOpening.Open(path, error);
        return store is null ? CliApp.UsageError : work(store);
    }

    /// <summary>The same for a verb whose work is asynchronous (file output).</summary>
    public static async Task<int> WithExistingStoreAsync(ParseResult parseResult, Option<string> db, Func<SqliteFactStore, Task<int>> work)
    {
        var path = parseResult.GetValue(db)!;
        var error = parseResult.InvocationConfiguration.Error;
        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"error: no store at {path}; create one with 'factminer run PATH --db {path}'.").ConfigureAwait(false);
            return CliApp.UsageError;
        }

        using var store = StoreOpening.Open(path, error);
        return store is null ? CliApp.UsageError : await work(store).ConfigureAwait(false);
    }
}
