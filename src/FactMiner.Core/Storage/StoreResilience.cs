using Microsoft.Data.Sqlite;
using Polly;
using Polly.Retry;

namespace FactMiner.Core.Storage;

/// <summary>Bounded retries with jitter for a store held by someone else (a curator, the web page) and for transient IO.</summary>
internal static class StoreResilience
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteIoError = 10;

    public static ResiliencePipeline Create(int maxRetryAttempts = 8, TimeProvider? timeProvider = null) =>
        new ResiliencePipelineBuilder { TimeProvider = timeProvider ?? TimeProvider.System }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<SqliteException>(IsTransient).Handle<IOException>(),
                MaxRetryAttempts = maxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(50),
                MaxDelay = TimeSpan.FromSeconds(2),
            })
            .Build();

    internal static bool IsTransient(SqliteException e) => e.SqliteErrorCode is SqliteBusy or SqliteLocked or SqliteIoError;
}
