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

        // Clusters that cannot hold together, joined into one flag per connected group: an outlier that disagrees with
        // three agreeing clusters is one contradiction, not three.
        var edges = new List<Edge>();
        for (var i = 0; i < clusters.Count; i++)
        {
            for (var j = i + 1; j < clusters.Count; j++)
            {
                var pairs = (from a in clusters[i].Members
                             from b in clusters[j].Members
                             where a.ComparableWith(b) && NumericValue.Disjoint(a.Numeric.Widened, b.Numeric.Widened) &&
                                   !SummarisesAnotherGroup(a, b, items) && !SummarisesAnotherGroup(b, a, items)
                             select (a, b)).ToList();
                if (pairs.Count > 0)
                {
                    edges.Add(new Edge(i, j, pairs));
                }
            }
        }

        foreach (var component in Components(edges))
        {
            var pairs = component.SelectMany(e => e.Pairs).ToList();
            var degree = component.SelectMany(e => new[] { e.I, e.J }).GroupBy(c => c).Select(g => (Cluster: g.Key, Count: g.Count()))
                .OrderByDescending(g => g.Count).ThenBy(g => g.Cluster).ToList();
            var hubIsAlone = degree.Count == 2 || degree[0].Count > degree[1].Count;
            var hub = degree[0].Cluster;
            var odd = Involved(pairs, clusters[hub]);
            var rest = pairs.SelectMany(p => new[] { p.A, p.B }).Where(c => !clusters[hub].Members.Contains(c)).DistinctBy(c => c.Record.Id).OrderBy(c => c.Order).ToList();
            if (slips && pairs.All(p => SlipFactor(p.A, p.B, rules.UnitSlip) is not null))
            {
                flags.Add(UnitSlip(key, odd, rest, SlipFactor(pairs[0].A, pairs[0].B, rules.UnitSlip)!.Value, rules.UnitSlip));
            }
            else if (conflicts)
            {
                var message = degree.Count == 2 ? $"{Describe(odd)} and {Describe(rest)} cannot both hold"
                    : hubIsAlone ? $"{Describe(odd)} cannot hold with {Describe(rest)}"
                    : $"{Describe(odd.Concat(rest).OrderBy(c => c.Order))} cannot all hold";
                flags.Add(FlagDraft.Of(FlagDraft.Conflict, rules.NumericConflict.Name, odd.Concat(rest), $"{key.Subject} {Words(key.Attribute)}: {message}"));
            }
        }
    }

    private static List<ReconcileItem> Involved(List<(ReconcileItem A, ReconcileItem B)> pairs, Cluster cluster) =>
        [.. pairs.SelectMany(p => new[] { p.A, p.B }).Where(cluster.Members.Contains).DistinctBy(c => c.Record.Id).OrderBy(c => c.Order)];

    private static IEnumerable<List<Edge>> Components(List<Edge> edges)
    {
        var remaining = new List<Edge>(edges);
        while (remaining.Count > 0)
        {
            var component = new List<Edge> { remaining[0] };
            remaining.RemoveAt(0);
            var nodes = new HashSet<int> { component[0].I, component[0].J };
            for (var grown = true; grown;)
            {
                grown = false;
                foreach (var edge in remaining.Where(e => nodes.Contains(e.I) || nodes.Contains(e.J)).ToList())
                {
                    component.Add(edge);
                    remaining.Remove(edge);
                    nodes.Add(edge.I);
                    nodes.Add(edge.J);
                    grown = true;
                }
            }

            yield return component;
        }
    }

    /// <summary>A general claim that misses the females' range but matches the males' is the males' figure given without
    /// its sex, a common habit of scraped texts, not a contradiction: excuse it when it agrees with a claim about another
    /// group of the same class (another sex, another year).</summary>
    private static bool SummarisesAnotherGroup(ReconcileItem general, ReconcileItem narrow, IReadOnlyList<ReconcileItem> items)
    {
        foreach (var index in narrow.Context.NarrowerThan(general.Context))
        {
            if (items.Any(other => other.Context.IsOtherGroupIn(index, narrow.Context) && other.Context.CompatibleWith(general.Context) &&
                                   !NumericValue.Disjoint(other.Numeric.Widened, general.Numeric.Widened)))
            {
                return true;
            }
        }

        return false;
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

    /// <summary>Two clusters that cannot hold together, with the claim pairs that show it.</summary>
    private sealed record Edge(int I, int J, List<(ReconcileItem A, ReconcileItem B)> Pairs);

    private sealed class Cluster(List<ReconcileItem> members, (double Low, double High) common)
    {
        public List<ReconcileItem> Members { get; } = members;

        public (double Low, double High) Common { get; set; } = common;
    }
}
