namespace FactMiner.Core.Review;

/// <summary>One row of the audit log: a claim's or a flag's state before and after one step of a decision.</summary>
/// <param name="Before">A flag's status, or a claim's review state as JSON.</param>
/// <param name="Undoes">For an undo row, the audit row it takes back.</param>
/// <param name="Undone">Whether a later undo took this row back.</param>
public sealed record AuditEntry(long Id, string Action, long? FlagId, string? ClaimId, string? Before, string? After, long? Undoes, bool Undone);
