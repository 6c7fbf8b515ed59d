namespace FactMiner.Core.Storage;

/// <summary>The store at a glance, for <c>factminer status</c>.</summary>
public sealed record StoreStatus(
    IReadOnlyDictionary<string, long> Counts,
    IReadOnlyDictionary<string, long> FlagsByStatus,
    IReadOnlyList<(string Rule, long Open)> OpenFlagsByRule,
    IReadOnlyList<StoredRun> RecentRuns);

/// <summary>One row of the <c>runs</c> table.</summary>
public sealed record StoredRun(long Id, string StartedAt, string? FinishedAt, string Status, long DocumentsNew, long DocumentsUnchanged, long DocumentsFailed, long Claims, long FlagsNew);
