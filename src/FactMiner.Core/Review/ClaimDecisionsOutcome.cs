namespace FactMiner.Core.Review;

/// <summary>What a batch of claim decisions changed.</summary>
/// <param name="Decision">The audit log's decision number (undo takes the whole batch back); 0 when nothing changed.</param>
/// <param name="Unchanged">Decisions that matched the claim's state already.</param>
/// <param name="FlagsResolved">Flags whose claims are now all decided, resolved by this batch.</param>
public sealed record ClaimDecisionsOutcome(long Decision, int Accepted, int Rejected, int Corrected, int Unchanged, IReadOnlyList<long> FlagsResolved)
{
    public int ClaimsChanged => Accepted + Rejected + Corrected;
}
