namespace FactMiner.Core.Reconciliation;

/// <summary>
/// Decides which claim a rule that compares two kinds of claims (weights with lengths, shoulder heights with heights)
/// should flag. By default each claim of the first kind carries one flag naming every claim of the second it cannot go
/// with. But a claim of the second kind that fails with most of the first, while those fit the rest of the second, is the
/// odd one: one wrong length among many agreeing ones is one flag on that length, not one on every weight.
/// </summary>
internal static class OddClaims
{
    public static List<(ReconcileItem Odd, List<ReconcileItem> Against)> Blame(
        IReadOnlyList<ReconcileItem> first, IReadOnlyList<ReconcileItem> second, Func<ReconcileItem, ReconcileItem, bool> cannotGoTogether)
    {
        var failing = new List<(ReconcileItem First, ReconcileItem Second)>();
        var failuresOf = new Dictionary<ReconcileItem, int>(ReferenceEqualityComparer.Instance);
        foreach (var a in first)
        {
            foreach (var b in second)
            {
                if (a.Context.CompatibleWith(b.Context) && cannotGoTogether(a, b))
                {
                    failing.Add((a, b));
                    failuresOf[a] = failuresOf.GetValueOrDefault(a) + 1;
                    failuresOf[b] = failuresOf.GetValueOrDefault(b) + 1;
                }
            }
        }

        bool FailsWithMost(ReconcileItem claim, int others) => 2 * failuresOf.GetValueOrDefault(claim) > others;

        var blamed = new Dictionary<ReconcileItem, List<ReconcileItem>>(ReferenceEqualityComparer.Instance);
        foreach (var (a, b) in failing)
        {
            var (odd, partner) = FailsWithMost(b, first.Count) && !FailsWithMost(a, second.Count) ? (b, a) : (a, b);
            if (!blamed.TryGetValue(odd, out var against))
            {
                blamed[odd] = against = [];
            }

            against.Add(partner);
        }

        return [.. blamed.Select(kv => (kv.Key, kv.Value)).OrderBy(g => g.Key.Order)];
    }
}
