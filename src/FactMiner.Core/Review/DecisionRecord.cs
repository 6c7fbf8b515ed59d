using System.Collections.Immutable;

namespace FactMiner.Core.Review;

/// <summary>One decision as the audit log holds it: who, when, the note, and its rows (claims changed, then the flag).</summary>
public sealed record DecisionRecord(long Decision, string At, string By, string? Note, ImmutableArray<AuditEntry> Entries)
{
    /// <summary>The flag the decision was about (an undo names the flag it reopened).</summary>
    public long? FlagId => Entries.Select(e => e.FlagId).FirstOrDefault(id => id is not null);

    /// <summary>An undo of an earlier decision rather than a decision of its own.</summary>
    public bool IsUndo => Entries.All(e => e.Action == "undo");

    /// <summary>Taken back by a later undo.</summary>
    public bool Undone => Entries.Any(e => e.Undone);
}
