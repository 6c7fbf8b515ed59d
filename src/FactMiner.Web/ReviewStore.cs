using FactMiner.Core.Reconciliation;
using FactMiner.Core.Review;
using FactMiner.Core.Storage;

namespace FactMiner.Web;

/// <summary>
/// The page's one connection to the store. A SQLite connection serves one caller at a time, so requests take turns;
/// each is a few indexed queries, and other processes (a run) still write alongside through WAL.
/// </summary>
internal sealed class ReviewStore : IDisposable
{
    private readonly Lock gate = new();
    private readonly SqliteFactStore store;
    private readonly ReviewService service;

    public ReviewStore(string path, TimeProvider? timeProvider = null)
    {
        store = SqliteFactStore.Open(path, timeProvider);
        service = new ReviewService(store, ClaimReconciler.Default, timeProvider);
    }

    public T Read<T>(Func<SqliteFactStore, T> query)
    {
        lock (gate)
        {
            return query(store);
        }
    }

    public T Review<T>(Func<ReviewService, SqliteFactStore, T> work)
    {
        lock (gate)
        {
            return work(service, store);
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            store.Dispose();
        }
    }
}
