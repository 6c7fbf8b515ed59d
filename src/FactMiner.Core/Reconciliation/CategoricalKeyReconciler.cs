using FactMiner.Core.Model;

namespace FactMiner.Core.Reconciliation;

/// <summary>Reconciles the categorical claims of one (subject, attribute): claims of one category (under the same
/// conditions, authority and year) corroborate one fact; categories the rules call exclusive are a conflict.</summary>
internal static class CategoricalKeyReconciler
{
    public static void Reconcile(
        ReconcileKey key, IReadOnlyList<ReconcileItem> items, PlausibilityRules rules, List<Fact> facts, List<FlagDraft> flags)
    {
        var rule = rules.CategoricalConflicts.FirstOrDefault(r => r.Attribute == key.Attribute);
        var clusters = new List<List<ReconcileItem>>();
        foreach (var item in items)
        {
            var home = clusters.Find(c => c.TrueForAll(m => SameCategory(m, item) && m.Context.CompatibleWith(item.Context) &&
                                                           Agree(m.Record.Categorical!.Authority, item.Record.Categorical!.Authority) &&
                                                           Agree(m.Record.Categorical!.Year, item.Record.Categorical!.Year)));
            if (home is null)
            {
                clusters.Add([item]);
            }
            else
            {
                home.Add(item);
            }
        }

        facts.AddRange(clusters.Select(c => FactOf(key, c)));
        if (rule is null)
        {
            return;
        }

        for (var i = 0; i < clusters.Count; i++)
        {
            for (var j = i + 1; j < clusters.Count; j++)
            {
                var pairs = (from a in clusters[i]
                             from b in clusters[j]
                             where Excludes(rule, a, b)
                             select (a, b)).ToList();
                if (pairs.Count > 0)
                {
                    var left = pairs.Select(p => p.a).DistinctBy(c => c.Record.Id).ToList();
                    var right = pairs.Select(p => p.b).DistinctBy(c => c.Record.Id).ToList();
                    flags.Add(FlagDraft.Of(
                        FlagDraft.Conflict,
                        rule.Name,
                        left.Concat(right),
                        $"{key.Subject} {NumericKeyReconciler.Words(key.Attribute)}: {Describe(left[0])} and {Describe(right[0])} exclude each other"));
                }
            }
        }
    }

    private static bool Excludes(CategoricalConflictOptions rule, ReconcileItem a, ReconcileItem b)
    {
        var x = a.Record.Categorical!;
        var y = b.Record.Categorical!;
        // "Wild yaks live in herds" and "bulls live alone" are both true: a claim about one sex refines a general one.
        return rule.Excludes(x.Category, y.Category) && a.ComparableWith(b) && a.Context.SameInOpenClasses(b.Context) &&
               (!rule.SameAuthority || Agree(x.Authority, y.Authority)) && (!rule.SameYear || Agree(x.Year, y.Year));
    }

    private static bool SameCategory(ReconcileItem a, ReconcileItem b) =>
        a.Record.Categorical!.Category == b.Record.Categorical!.Category;

    /// <summary>An unnamed authority or unstated year may be any: only two different named ones differ.</summary>
    private static bool Agree<T>(T? a, T? b) => a is null || b is null || EqualityComparer<T>.Default.Equals(a, b);

    private static string Describe(ReconcileItem item)
    {
        var claim = item.Record.Categorical!;
        var detail = string.Join(" ", new[] { claim.Authority, claim.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) }.OfType<string>());
        var words = claim.Category.Replace('_', ' ');
        return detail.Length == 0 ? words : $"{words} ({detail})";
    }

    private static Fact FactOf(ReconcileKey key, List<ReconcileItem> members)
    {
        var claims = members.Select(m => m.Record.Categorical!).ToList();
        return new Fact(key.Subject, key.Attribute, [.. members.Select(m => m.Record.Id)])
        {
            Category = claims[0].Category,
            Authority = claims.Select(c => c.Authority).FirstOrDefault(a => a is not null),
            Year = claims.Select(c => c.Year).FirstOrDefault(y => y is not null),
            Qualifiers = NumericKeyReconciler.CommonQualifiers(members),
        };
    }
}
