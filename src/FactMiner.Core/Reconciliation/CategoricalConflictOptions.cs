using System.Collections.Immutable;

namespace FactMiner.Core.Reconciliation;

/// <summary>Which categories of one attribute exclude each other.</summary>
/// <param name="AllDistinctExclusive">Every two different categories exclude each other (one status per authority and period).</param>
/// <param name="ExclusivePairs">Otherwise, the pairs that do (nocturnal and diurnal); others may both hold (nocturnal and crepuscular).</param>
/// <param name="SameAuthority">Only claims from one authority (or an unnamed one) can conflict.</param>
/// <param name="SameYear">Only claims for one year (or an unstated one) can conflict.</param>
public sealed record CategoricalConflictOptions(
    string Name,
    string Attribute,
    bool AllDistinctExclusive,
    ImmutableArray<(string A, string B)> ExclusivePairs,
    bool SameAuthority,
    bool SameYear)
{
    public bool Excludes(string a, string b) =>
        a != b && (AllDistinctExclusive || ExclusivePairs.Any(p => (p.A == a && p.B == b) || (p.A == b && p.B == a)));
}
