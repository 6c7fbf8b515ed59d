using System.Collections.Immutable;
using System.Runtime.InteropServices;
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

        // Made on first use: most keys have no disjoint pair to excuse.
        Dictionary<(int General, ClaimContext Narrow), bool>? excused = null;
        bool Excused(ReconcileItem general, ReconcileItem narrow)
        {
            excused ??= [];
            return excused.TryGetValue((general.Order, narrow.Context), out var known)
                ? known
                : excused[(general.Order, narrow.Context)] = SummarisesAnotherGroup(general, narrow, items);
        }

        // Clusters that cannot hold together, joined into one flag per connected group: an outlier that disagrees with
        // three agreeing clusters is one contradiction, not three. Each edge keeps the claims its disjoint pairs involve,
        // not the pairs: a large key's pairs ran into the hundreds of thousands.
        var edges = new List<Edge>();
        for (var i = 0; i < clusters.Count; i++)
        {
            for (var j = i + 1; j < clusters.Count; j++)
            {
                if (clusters[i].MayBeDisjointFrom(clusters[j]) && EdgeOf(i, clusters[i], j, clusters[j], Excused, slips ? rules.UnitSlip : null) is { } edge)
                {
                    edges.Add(edge);
                }
            }
        }

        foreach (var component in Components(edges))
        {
            var degree = component.SelectMany(e => new[] { e.I, e.J }).GroupBy(c => c).Select(g => (Cluster: g.Key, Count: g.Count()))
                .OrderByDescending(g => g.Count).ThenBy(g => g.Cluster).ToList();
            var hubIsAlone = degree.Count == 2 || degree[0].Count > degree[1].Count;
            var hub = degree[0].Cluster;
            var odd = Involved(component, cluster => cluster == hub);
            var rest = Involved(component, cluster => cluster != hub);
            if (slips && component.TrueForAll(e => e.AllSlips))
            {
                flags.Add(UnitSlip(key, odd, rest, component[0].FirstSlip!.Value, rules.UnitSlip));
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

    /// <summary>The edge between two clusters: the claims of each that some claim of the other contradicts (disjoint,
    /// comparable, not excused), whether every such pair looks like a unit slip, and the first pair's slip factor; null
    /// when no pair contradicts.</summary>
    private static Edge? EdgeOf(
        int i, Cluster left, int j, Cluster right, Func<ReconcileItem, ReconcileItem, bool> excused, UnitSlipOptions? slips)
    {
        bool[]? leftInvolved = null, rightInvolved = null;
        var allSlips = true;
        double? firstSlip = null;
        for (var a = 0; a < left.Members.Count; a++)
        {
            var claim = left.Members[a];
            var widened = claim.Numeric.Widened;
            for (var b = 0; b < right.Members.Count; b++)
            {
                var other = right.Members[b];
                if (!NumericValue.Disjoint(widened, other.Numeric.Widened) || !claim.ComparableWith(other) || excused(claim, other) || excused(other, claim))
                {
                    continue;
                }

                if (leftInvolved is null)
                {
                    (leftInvolved, rightInvolved) = (new bool[left.Members.Count], new bool[right.Members.Count]);
                    firstSlip = slips is null ? null : SlipFactor(claim, other, slips);
                }

                leftInvolved[a] = rightInvolved![b] = true;
                allSlips = allSlips && slips is not null && SlipFactor(claim, other, slips) is not null;
            }
        }

        return leftInvolved is null ? null
            : new Edge(i, j, [.. left.Members.Where((_, m) => leftInvolved[m])], [.. right.Members.Where((_, m) => rightInvolved![m])], allSlips, firstSlip);
    }

    /// <summary>The claims the edges of one component involve in the clusters that <paramref name="belong"/>, each once, in
    /// text order.</summary>
    private static List<ReconcileItem> Involved(List<Edge> component, Func<int, bool> belong)
    {
        var seen = new HashSet<ReconcileItem>(ReferenceEqualityComparer.Instance);
        var involved = new List<ReconcileItem>();
        foreach (var edge in component)
        {
            foreach (var (cluster, claims) in new[] { (edge.I, edge.FromI), (edge.J, edge.FromJ) })
            {
                if (!belong(cluster))
                {
                    continue;
                }

                foreach (var claim in claims)
                {
                    if (seen.Add(claim))
                    {
                        involved.Add(claim);
                    }
                }
            }
        }

        involved.Sort(static (x, y) => x.Order.CompareTo(y.Order));
        return involved;
    }

    /// <summary>Edges grouped by the connected part of the cluster graph they belong to, in the order of each group's first edge.</summary>
    private static IEnumerable<List<Edge>> Components(List<Edge> edges)
    {
        var parent = new Dictionary<int, int>();
        int Root(int node)
        {
            while (parent.TryGetValue(node, out var up) && up != node)
            {
                node = parent[node] = parent.GetValueOrDefault(up, up);
            }

            return node;
        }

        foreach (var edge in edges)
        {
            var (a, b) = (Root(edge.I), Root(edge.J));
            if (a != b)
            {
                parent[Math.Max(a, b)] = Math.Min(a, b);
            }
        }

        return edges.GroupBy(e => Root(e.I)).Select(g => g.ToList());
    }

    /// <summary>A general claim that misses the females' range but matches the males' is the males' figure given without
    /// its sex, a common habit of scraped texts, not a contradiction: excuse it when it agrees with a claim about another
    /// group of the same class (another sex, another year).</summary>
    private static bool SummarisesAnotherGroup(ReconcileItem general, ReconcileItem narrow, IReadOnlyList<ReconcileItem> items)
    {
        // Plain loops: this runs for disjoint pairs of large keys, where an iterator and a closure per call added up.
        for (var index = 0; index < narrow.Context.Classes; index++)
        {
            if (!narrow.Context.IsNarrowerIn(index, general.Context))
            {
                continue;
            }

            foreach (var other in items)
            {
                if (other.Context.IsOtherGroupIn(index, narrow.Context) && other.Context.CompatibleWith(general.Context) &&
                    !NumericValue.Disjoint(other.Numeric.Widened, general.Numeric.Widened))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static string Words(string attribute) => attribute.Replace('_', ' ');

    /// <summary>The values as the texts give them; past <see cref="MaxListed"/>, the rest are counted, not listed (a
    /// generic subject gathers hundreds of figures, and the flag's claims hold them all).</summary>
    public static string Describe(IEnumerable<ReconcileItem> items)
    {
        var all = items as IReadOnlyCollection<ReconcileItem> ?? [.. items];
        var listed = string.Join(", ", all.Take(MaxListed).Select(i => i.Numeric.Describe()));
        return all.Count > MaxListed ? $"{listed} and {all.Count - MaxListed} more" : listed;
    }

    private const int MaxListed = 8;

    /// <summary>Greedy, in text order: a claim joins the first cluster whose members it is comparable with in conditions
    /// and whose common interval it overlaps; otherwise it starts its own.</summary>
    private static List<Cluster> ClusterClaims(IReadOnlyList<ReconcileItem> items)
    {
        var clusters = new List<Cluster>();
        foreach (var item in items)
        {
            var widened = item.Numeric.Widened;
            Cluster? home = null;
            foreach (var cluster in clusters)
            {
                if (!NumericValue.Disjoint(cluster.Common, widened) && cluster.AllCompatibleWith(item.Context))
                {
                    home = cluster;
                    break;
                }
            }

            if (home is null)
            {
                clusters.Add(new Cluster(item, widened));
            }
            else
            {
                home.Add(item, widened);
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
        var sources = new string[cluster.Members.Count];
        for (var m = 0; m < sources.Length; m++)
        {
            sources[m] = cluster.Members[m].Record.Id;
        }

        return new Fact(key.Subject, key.Attribute, ImmutableCollectionsMarshal.AsImmutableArray(sources))
        {
            Quantity = first.Quantity,
            SiLow = low,
            SiHigh = high,
            SiUnit = first.SiUnit,
            Qualifiers = CommonQualifiers(cluster.Members),
        };
    }

    /// <summary>The qualifiers every member states, each once, in the first member's order (a single member's list as it
    /// is). Lists are short and mostly shared (none, or "adult"): plain scans, and no work at all for a shared list.</summary>
    public static ImmutableArray<string> CommonQualifiers(IEnumerable<ReconcileItem> members)
    {
        ImmutableArray<string>? first = null;
        List<string>? common = null;
        var several = false;
        foreach (var member in members)
        {
            var qualifiers = member.Record.Qualifiers.IsDefault ? [] : member.Record.Qualifiers;
            if (first is not { } head)
            {
                first = qualifiers;
                continue;
            }

            several = true;
            if (qualifiers != head)
            {
                common ??= [.. head.Distinct(StringComparer.Ordinal)];
                for (var q = common.Count - 1; q >= 0; q--)
                {
                    if (!qualifiers.Contains(common[q], StringComparer.Ordinal))
                    {
                        common.RemoveAt(q);
                    }
                }
            }
        }

        return first is not { } list ? []
            : common is not null ? [.. common]
            : !several || list.Length < 2 ? list
            : [.. list.Distinct(StringComparer.Ordinal)];
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

    /// <summary>Two clusters that cannot hold together: the claims of each that the other contradicts, whether every
    /// contradicting pair is a likely unit slip, and the factor of the first.</summary>
    private sealed record Edge(int I, int J, List<ReconcileItem> FromI, List<ReconcileItem> FromJ, bool AllSlips, double? FirstSlip);

    /// <summary>Claims that agree: their common interval, their distinct contexts (few, interned), and the extremes of
    /// their own intervals, which tell at once whether any member can be disjoint from another cluster's.</summary>
    private sealed class Cluster
    {
        private readonly List<ClaimContext> contexts = [];
        private double lowestHigh = double.PositiveInfinity;
        private double highestLow = double.NegativeInfinity;

        public Cluster(ReconcileItem first, (double Low, double High) widened)
        {
            Common = widened;
            Add(first, widened);
        }

        public List<ReconcileItem> Members { get; } = [];

        public (double Low, double High) Common { get; private set; }

        public void Add(ReconcileItem item, (double Low, double High) widened)
        {
            Members.Add(item);
            if (!contexts.Contains(item.Context))
            {
                contexts.Add(item.Context);
            }

            Common = (Math.Max(Common.Low, widened.Low), Math.Min(Common.High, widened.High));
            lowestHigh = Math.Min(lowestHigh, widened.High);
            highestLow = Math.Max(highestLow, widened.Low);
        }

        public bool AllCompatibleWith(ClaimContext context)
        {
            foreach (var known in contexts)
            {
                if (!known.CompatibleWith(context))
                {
                    return false;
                }
            }

            return true;
        }

        public bool MayBeDisjointFrom(Cluster other) => lowestHigh < other.highestLow || other.lowestHigh < highestLow;
    }
}
