using System.Collections.Frozen;

namespace FactMiner.Core.Reconciliation;

/// <summary>Shoulder height as a fraction of standing height: a quadruped's shoulder stands at most of its height.</summary>
/// <param name="LongNeckedMin">The lower bound for animals whose neck carries the head far above the shoulder.</param>
/// <param name="AppliesTo">Animal groups the rule covers (<c>mammal</c>, <c>unknown</c>, ...).</param>
public sealed record ShoulderHeightRatioOptions(
    string Name,
    double Min,
    double Max,
    FrozenSet<string> LongNeckedHeads,
    double LongNeckedMin,
    FrozenSet<string> AppliesTo);
