namespace FactMiner.Core.Reconciliation;

/// <summary>A claim prepared for reconciliation: its place in text order, its conditions, and for a numeric claim its values.</summary>
internal sealed record ReconcileItem(ClaimRecord Record, int Order, ClaimContext Context, NumericValue? Value)
{
    public NumericValue Numeric => Value ?? throw new InvalidOperationException($"claim {Record.Id} is not numeric");

    /// <summary>Comparable at all: conditions can coincide, and not two claims of one sentence (a sentence that gives a
    /// range and its conversion, or two animals, does not contradict itself).</summary>
    public bool ComparableWith(ReconcileItem other) =>
        !Record.SameSentenceAs(other.Record) && Context.CompatibleWith(other.Context);
}
