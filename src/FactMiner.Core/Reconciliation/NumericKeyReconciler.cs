using System.Collections.Immutable;
using FactMiner.Core.Model;

namespace FactMiner.Core.Reconciliation;

/// <summary>Reconciles the numeric claims of one (subject, attribute): agreeing claims become one fact listing all their
/// sources; claims that cannot both hold are a conflict, or a unit slip when they differ by about a power of ten.</summary>
internal static class NumericKeyReconciler
{
    public static void Reconcile(
        ReconcileKey key, IReadOnlyList<ReconcileItem> items, PlausibilityRules rules, List<Fact> facts, List<FlagDraft> flags)
    {
        var clusters = ClusterClaims(items);
        facts.AddRange(clusters.Select(c => FactOf(key, c)));
        var conflicts = rules.NumericConflict.Attributes.Contains(key.Attribute);
        var slips = rules.UnitSlip.Attributes.Contains(key.Attribute);
        if (!conflicts && !slips)
        {
            return;
        }

        for (var i = 0; i < clusters.Count; i++)
        {
            for (var j = i + 1; j < clusters.Count; j++)
            {
                var pairs = (from a in clusters[i].Members
                             from b in clusters[j].Members
                             where a.ComparableWith(b) && NumericValue.Disjoint(a.Numeric.Widened, b.Numeric.Widened)
                             select (a, b)).ToList();
                if (pairs.Count == 0)
                {
                    continue;
                }

                var left = pairs.Select(p => p.a).DistinctBy(c => c.Record.Id).ToList();
                var right = pairs.Select(p => p.b).DistinctBy(c => c.Record.Id).ToList();
                if (slips && pairs.All(p => SlipFactor(p.a, p.b, rules.UnitSlip) is not null))
                {
                    flags.Add(UnitSlip(key, left, right, SlipFactor(pairs[0].a, pairs[0].b, rules.UnitSlip)!.Value, rules.UnitSlip));
                }
                else if (conflicts)
                {
                    flags.Add(FlagDraft.Of(
                        FlagDraft.Conflict,
                        rules.NumericConflict.Name,
                        left.Concat(right),
                        $"{key.Subject} {Words(key.Attribute)}: {Describe(left)} and {Describe(right)} cannot both hold"));
                }
            }
        }
    }

    public static string Words(string attribute) => attribute.Replace('_', ' ');

    public static string Describe(IEnumerable<ReconcileItem> items) => string.Join(", ", items.Select(i => i.Numeric.Describe()));

    /// <summary>Greedy, in text order: a claim joins the first cluster whose members it is comparable with in conditions
    /// and whose common interval it overlaps; otherwise it starts its own.</summary>
    private static List<Cluster> ClusterClaims(IReadOnlyList<ReconcileItem> items)
    {
        var clusters = new List<Cluster>();
        foreach (var item in items)
        {
            var widened = item.Numeric.Widened;
            var home = clusters.Find(c =>
                c.Members.TrueForAll(m => m.Context.CompatibleWith(item.Context)) && !NumericValue.Disjoint(c.Common, widened));
            if (home is null)
            {
                clusters.Add(new Cluster([item], widened));
            }
            else
            {
                home.Members.Add(item);
                home.Common = (Math.Max(home.Common.Low, widened.Low), Math.Min(home.Common.High, widened.High));
            }
        }

        return clusters;
    }

    /// <summary>The agreed interval: what every source allows (the intersection of the stated values), or where sources
    /// agree only within tolerance ("about 60" and "about 65"), the span between them.</summary>
    private static Fact FactOf(ReconcileKey key, Cluster cluster)
    {
        double? low = null, high = null;
        foreach (var member in cluster.Members)
        {
            var (l, h) = member.Numeric.Stated;
            low = l is null ? low : low is null ? l : Math.Max(low.Value, l.Value);
            high = h is null ? high : high is null ? h : Math.Min(high.Value, h.Value);
        }

        if (low > high)
        {
            (low, high) = (high, low);
        }

        var first = cluster.Members[0].Record.Numeric!;
        return new Fact(key.Subject, key.Attribute, [.. cluster.Members.Select(m => m.Record.Id)])
        {
            Quantity = first.Quantity,
            SiLow = low,
            SiHigh = high,
            SiUnit = first.SiUnit,
            Qualifiers = CommonQualifiers(cluster.Members),
        };
    }

    public static ImmutableArray<string> CommonQualifiers(IEnumerable<ReconcileItem> members)
    {
        IEnumerable<string>? common = null;
        foreach (var member in members)
        {
            var qualifiers = member.Record.Qualifiers.IsDefault ? [] : member.Record.Qualifiers;
            common = common is null ? qualifiers : common.Intersect(qualifiers, StringComparer.Ordinal);
        }

        return [.. common ?? []];
    }

    private static double? SlipFactor(ReconcileItem a, ReconcileItem b, UnitSlipOptions options)
    {
        var x = a.Numeric.Representative;
        var y = b.Numeric.Representative;
        if (x <= 0 || y <= 0)
        {
            return null;
        }

        var ratio = Math.Max(x, y) / Math.Min(x, y);
        foreach (var factor in options.Factors)
        {
            if (ratio >= factor / options.Within && ratio <= factor * options.Within)
            {
                return factor;
            }
        }

        return null;
    }

    private static FlagDraft UnitSlip(
        ReconcileKey key, List<ReconcileItem> left, List<ReconcileItem> right, double factor, UnitSlipOptions options)
    {
        var leftIsBig = left[0].Numeric.Representative > right[0].Numeric.Representative;
        var (big, small) = leftIsBig ? (left, right) : (right, left);
        return FlagDraft.Of(
            FlagDraft.Implausible,
            options.Name,
            left.Concat(right),
            $"{key.Subject} {Words(key.Attribute)} {Describe(big)} is about {NumericValue.Number(factor)} times {Describe(small)}: likely a unit slip or a misplaced decimal point");
    }

    private sealed class Cluster(List<ReconcileItem> members, (double Low, double High) common)
    {
        public List<ReconcileItem> Members { get; } = members;

        public (double Low, double High) Common { get; set; } = common;
    }
}
