using System.Collections.Immutable;

namespace FactMiner.Core.Reconciliation;

/// <summary>A flag before its id is assigned (ids follow text order once every flag of the run is known).</summary>
internal sealed record FlagDraft(string Kind, string Rule, ImmutableArray<ReconcileItem> Claims, string Message)
{
    public const string Conflict = "conflict";
    public const string Implausible = "implausible";

    public static FlagDraft Of(string kind, string rule, IEnumerable<ReconcileItem> claims, string message) =>
        new(kind, rule, [.. claims.DistinctBy(c => c.Record.Id).OrderBy(c => c.Order)], message);

    public int FirstOrder => Claims[0].Order;

    public string Identity => Rule + "|" + string.Join("|", Claims.Select(c => c.Record.Id));
}
