using FactMiner.Core.Reconciliation;

namespace FactMiner.Core.Storage;

/// <summary>Where a loaded claim lives in the store: its row and the run that stored it.</summary>
internal readonly record struct StoredClaimRow(long RowId, long RunId);

/// <summary>Active claims loaded back from the store as reconciliation sees them, each contract claim id with its row.</summary>
internal sealed record StoredClaims(IReadOnlyList<ClaimRecord> Records, IReadOnlyDictionary<string, StoredClaimRow> Rows)
{
    private readonly Dictionary<string, ClaimRecord> byId = Records.ToDictionary(r => r.Id, StringComparer.Ordinal);

    public ClaimRecord? Find(string claimId) => byId.GetValueOrDefault(claimId);
}
