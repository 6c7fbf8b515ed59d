using FactMiner.Core.Reconciliation;

namespace FactMiner.Core.Storage;

/// <summary>A loaded claim as reconciliation sees it, with its row and the run that stored it.</summary>
internal sealed record StoredClaim(ClaimRecord Record, long RowId, long RunId);

/// <summary>Active claims loaded back from the store (in no particular order), and each by its contract claim id.</summary>
internal sealed record StoredClaims(IReadOnlyList<ClaimRecord> Records, IReadOnlyDictionary<string, StoredClaim> ById)
{
    /// <summary>The loaded claim with this contract id, or null.</summary>
    public StoredClaim? Find(string claimId) => ById.GetValueOrDefault(claimId);
}
