namespace FactMiner.Core.Reconciliation;

/// <summary>What reconciliation groups by: a subject and one attribute of it (<c>musk deer</c>, <c>weight</c>).</summary>
public readonly record struct ReconcileKey(string Subject, string Attribute)
{
    public override string ToString() => $"{Subject} / {Attribute}";
}
