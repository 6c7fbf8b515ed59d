using System.Collections.Frozen;

namespace FactMiner.Core.Reconciliation;

/// <summary>Which numeric attributes are intrinsic enough that two disjoint values under compatible qualifiers are a
/// contradiction (a weight, a gestation) rather than two different measurements (a count, an elevation, a yield).</summary>
public sealed record NumericConflictOptions(string Name, FrozenSet<string> Attributes);
