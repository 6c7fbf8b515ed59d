using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace FactMiner.Core.Reconciliation;

/// <summary>A family of mutually exclusive conditions (sex, age, setting, season, year): two claims whose values in one
/// family do not overlap are about different animals or times and never conflict.</summary>
/// <param name="Values">The family's qualifiers; empty when <paramref name="Pattern"/> recognises them (years).</param>
/// <param name="WhenAbsent">What a claim without any of them is taken to mean: an unqualified weight is an adult's in the
/// wild; empty means "any", so an unqualified claim must agree with every value.</param>
public sealed record QualifierClass(string Name, FrozenSet<string> Values, Regex? Pattern, FrozenSet<string> WhenAbsent)
{
    public bool Recognises(string qualifier) => Values.Contains(qualifier) || (Pattern?.IsMatch(qualifier) ?? false);
}
