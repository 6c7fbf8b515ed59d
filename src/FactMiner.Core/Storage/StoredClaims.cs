using FactMiner.Core.Reconciliation;

namespace FactMiner.Core.Storage;

/// <summary>Active claims loaded back from the store as reconciliation sees them, with the row id of each contract claim id
/// and the run that stored it.</summary>
internal sealed record StoredClaims(
    IReadOnlyList<ClaimRecord> Records, IReadOnlyDictionary<string, long> RowIds, IReadOnlyDictionary<string, long> RunIds)
{
    private readonly Dictionary<string, ClaimRecord> byId = Records.ToDictionary(r => r.Id, StringComparer.Ordinal);

    public ClaimRecord? Find(string claimId) => byId.GetValueOrDefault(claimId);
}
