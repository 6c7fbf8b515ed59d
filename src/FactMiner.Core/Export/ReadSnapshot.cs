using FactMiner.Core.Storage;

namespace FactMiner.Core.Export;

/// <summary>
/// Holds one read transaction open for the whole export, so every page sees the same state of the store even while a
/// run writes (WAL readers keep their snapshot). Issued as plain SQL because the listing queries run without an ADO.NET
/// transaction object; nothing else uses the connection during an export.
/// </summary>
internal sealed class ReadSnapshot : IDisposable
{
    private readonly SqliteFactStore store;

    private ReadSnapshot(SqliteFactStore store) => this.store = store;

    public static ReadSnapshot Begin(SqliteFactStore store)
    {
        using (var begin = store.Command("BEGIN DEFERRED;"))
        {
            begin.ExecuteNonQuery();
        }

        // A deferred transaction takes its snapshot at its first read.
        using (var pin = store.Command("SELECT count(*) FROM runs;"))
        {
            pin.ExecuteScalar();
        }

        return new ReadSnapshot(store);
    }

    public void Dispose()
    {
        using var end = store.Command("ROLLBACK;");
        end.ExecuteNonQuery();
    }
}
