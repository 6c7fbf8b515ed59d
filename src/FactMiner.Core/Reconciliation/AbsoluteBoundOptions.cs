using System.Collections.Immutable;

namespace FactMiner.Core.Reconciliation;

/// <summary>Values no animal reaches (no land animal stands taller than 6.5 m).</summary>
public sealed record AbsoluteBoundOptions(string Name, ImmutableArray<AttributeBound> Bounds);
