using System.Collections.Immutable;

namespace FactMiner.Core.Reconciliation;

/// <summary>What a numeric claim's qualifiers say about its value: a bound ("up to", "at least"), approximation, and the
/// remaining conditions as text.</summary>
internal sealed record NumericQualifiers(NumericValue.BoundKind Bound, string? BoundWord, bool IsApproximate, double Tolerance, string Conditions)
{
    public static NumericQualifiers Of(ImmutableArray<string> raw, PlausibilityRules rules)
    {
        var qualifiers = raw.IsDefault ? [] : raw.Select(q => q.Trim().ToLowerInvariant()).ToList();
        var bound = NumericValue.BoundKind.None;
        var boundWord = qualifiers.FirstOrDefault(rules.BoundQualifiers.Upper.Contains);
        if (boundWord is not null)
        {
            bound = NumericValue.BoundKind.Upper;
        }
        else if (qualifiers.FirstOrDefault(rules.BoundQualifiers.Lower.Contains) is { } lower)
        {
            boundWord = lower;
            bound = NumericValue.BoundKind.Lower;
        }

        var approximate = qualifiers.Any(rules.BoundQualifiers.Approximate.Contains);
        return new NumericQualifiers(
            bound,
            boundWord,
            approximate,
            approximate ? rules.Tolerance.Approximate : rules.Tolerance.Exact,
            string.Join(", ", qualifiers.Where(q => !rules.BoundQualifiers.IsBound(q))));
    }
}
