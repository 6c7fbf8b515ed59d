using System.Collections.Frozen;
using System.Collections.Immutable;

namespace FactMiner.Core.Reconciliation;

/// <summary>Values of one attribute that differ by about a power of ten (a mistyped unit or a lost decimal point).</summary>
/// <param name="Factors">The factors that count as a slip: 10, 100, 1000.</param>
/// <param name="Within">How close to a factor the ratio must be: within a factor of this either side.</param>
public sealed record UnitSlipOptions(string Name, ImmutableArray<double> Factors, double Within, FrozenSet<string> Attributes);
