namespace FactMiner.Core.Review;

/// <summary>What a decision (or an undo) changed: the audit decision number, the flag and its new status.</summary>
public sealed record ReviewOutcome(long Decision, long FlagId, string FlagStatus, int ClaimsChanged);
