using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace FactMiner.Core.Reconciliation;

/// <summary>One reading (<see cref="ClaimContext"/> and <see cref="NumericQualifiers"/>) per distinct qualifier list within a
/// reconciliation: thousands of claims share a handful of lists ("adult", "male", none), so each is read once and
/// contexts are compared by reference.</summary>
internal sealed class ClaimContextTable(PlausibilityRules rules)
{
    private readonly Dictionary<string, (ClaimContext, NumericQualifiers)> byText = new(StringComparer.Ordinal);

    // Claims loaded from a store share one array per distinct list, so most lookups never build the text key.
    private readonly Dictionary<string[], (ClaimContext, NumericQualifiers)> byArray = new(ReferenceEqualityComparer.Instance);

    public (ClaimContext Context, NumericQualifiers Numeric) For(ImmutableArray<string> qualifiers)
    {
        var array = qualifiers.IsDefault ? [] : ImmutableCollectionsMarshal.AsArray(qualifiers)!;
        if (byArray.TryGetValue(array, out var reading))
        {
            return reading;
        }

        var key = string.Join('\u001f', array);
        if (!byText.TryGetValue(key, out reading))
        {
            reading = (ClaimContext.Of(qualifiers, rules), NumericQualifiers.Of(qualifiers, rules));
            byText[key] = reading;
        }

        byArray[array] = reading;
        return reading;
    }
}
