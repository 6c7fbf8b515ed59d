using System.Collections.Immutable;

namespace FactMiner.Core.Reconciliation;

/// <summary>One <see cref="ClaimContext"/> per distinct qualifier list within a reconciliation: thousands of claims share
/// a handful of contexts ("adult", "male", none), so each is parsed once and compared by reference.</summary>
internal sealed class ClaimContextTable(PlausibilityRules rules)
{
    private readonly Dictionary<string, ClaimContext> contexts = new(StringComparer.Ordinal);

    public ClaimContext For(ImmutableArray<string> qualifiers)
    {
        var key = qualifiers.IsDefaultOrEmpty ? string.Empty : string.Join('\u001f', qualifiers);
        if (!contexts.TryGetValue(key, out var context))
        {
            context = ClaimContext.Of(qualifiers, rules);
            contexts[key] = context;
        }

        return context;
    }
}
