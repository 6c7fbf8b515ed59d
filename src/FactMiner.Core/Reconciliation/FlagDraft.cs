using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace FactMiner.Core.Reconciliation;

/// <summary>A flag before its id is assigned (ids follow text order once every flag of the run is known).</summary>
internal sealed record FlagDraft(string Kind, string Rule, ImmutableArray<ReconcileItem> Claims, string Message)
{
    public const string Conflict = "conflict";
    public const string Implausible = "implausible";

    /// <summary>A draft of these claims, each once, in text order.</summary>
    /// <remarks>An item's order is its own (claims are distinct by id before they become items), so sorting by it and
    /// dropping repeats gives each claim once: no set and no sort buffers per flag.</remarks>
    public static FlagDraft Of(string kind, string rule, IEnumerable<ReconcileItem> claims, string message)
    {
        var sorted = claims.ToArray();
        Array.Sort(sorted, static (a, b) => a.Order.CompareTo(b.Order));
        var kept = 0;
        foreach (var claim in sorted)
        {
            if (kept == 0 || sorted[kept - 1].Order != claim.Order)
            {
                sorted[kept++] = claim;
            }
        }

        return new(kind, rule, ImmutableCollectionsMarshal.AsImmutableArray(kept == sorted.Length ? sorted : sorted[..kept]), message);
    }

    public int FirstOrder => Claims[0].Order;

    public string Identity => Rule + "|" + string.Join("|", Claims.Select(c => c.Record.Id));
}
