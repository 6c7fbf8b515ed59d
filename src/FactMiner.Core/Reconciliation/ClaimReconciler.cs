using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using FactMiner.Core.Model;

namespace FactMiner.Core.Reconciliation;

/// <summary>Reconciles all the claims of a run, keyed by (subject, attribute): agreeing claims corroborate one fact that
/// lists its sources; claims that cannot both hold are flagged <c>conflict</c>; claims that break a plausibility rule
/// (shoulder height against height, mass against size, absolute bounds, unit slips) are flagged <c>implausible</c>.</summary>
/// <remarks>Different subjects never conflict, nor does a subject with its parent (<c>musk deer</c> and
/// <c>siberian musk deer</c>): a statement about a group is loose about its members. Claims under incompatible qualifiers
/// (newborn and adult, male and female, wild and captive, different years) never conflict, nor do two claims of one
/// sentence. To reconcile a batch of new documents against stored claims, reconcile the stored claims of
/// <see cref="KeysOf"/> the new ones together with the new ones: every flag and fact of those keys is then complete.</remarks>
public sealed class ClaimReconciler
{
    /// <summary>Attributes that plausibility rules compare with each other for one subject: touching one touches all.</summary>
    private static readonly FrozenSet<string> BodyMeasures = FrozenSet.Create(
        StringComparer.Ordinal,
        NumericAttributes.Height, NumericAttributes.ShoulderHeight, NumericAttributes.BodyLength, NumericAttributes.Weight);

    public ClaimReconciler(PlausibilityRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = rules;
    }

    /// <summary>A reconciler with <see cref="PlausibilityRules.Default"/>.</summary>
    public static ClaimReconciler Default { get; } = new(PlausibilityRules.Default);

    public PlausibilityRules Rules { get; }

    /// <summary>Reconciles every claim of the documents together, so flags can link sentences of different documents.</summary>
    public ReconciliationResult Reconcile(IEnumerable<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Reconcile(documents.SelectMany(ClaimRecord.From));
    }

    /// <summary>Reconciles the given claims (a whole run, or the claims of some keys read back from a store plus new ones).</summary>
    public ReconciliationResult Reconcile(IEnumerable<ClaimRecord> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var contexts = new ClaimContextTable(Rules);
        var expected = claims.TryGetNonEnumeratedCount(out var count) ? count : 0;
        var ordered = new List<ClaimRecord>(expected);
        var seen = new HashSet<string>(expected, StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            if (seen.Add(claim.Id))
            {
                ordered.Add(claim);
            }
        }

        ordered.Sort(TextOrder);
        var items = new List<ReconcileItem>(ordered.Count);
        foreach (var claim in ordered)
        {
            var (context, numeric) = contexts.For(claim.Qualifiers);
            items.Add(new ReconcileItem(claim, items.Count, context, claim.Numeric is null ? null : new NumericValue(claim.Numeric, numeric)));
        }

        // Grouped in one pass: by key (numeric and categorical apart) and, for the plausibility rules, numeric claims by
        // subject in the order subjects first appear. Members keep text order.
        var byKey = new Dictionary<ReconcileKey, (List<ReconcileItem>? Numeric, List<ReconcileItem>? Categorical)>();
        var bySubject = new Dictionary<string, List<ReconcileItem>>(StringComparer.Ordinal);
        var subjects = new List<string>();
        foreach (var item in items)
        {
            if (item.Record.Key is not { } key)
            {
                continue;
            }

            var (numeric, categorical) = byKey.GetValueOrDefault(key);
            if (item.Value is null)
            {
                (categorical ??= []).Add(item);
            }
            else
            {
                (numeric ??= []).Add(item);
                if (!bySubject.TryGetValue(key.Subject, out var ofSubject))
                {
                    bySubject[key.Subject] = ofSubject = [];
                    subjects.Add(key.Subject);
                }

                ofSubject.Add(item);
            }

            byKey[key] = (numeric, categorical);
        }

        var facts = new List<Fact>();
        var drafts = new List<FlagDraft>();
        var keys = new List<ReconcileKey>(byKey.Keys);
        keys.Sort(static (a, b) =>
        {
            var order = string.CompareOrdinal(a.Subject, b.Subject);
            return order != 0 ? order : string.CompareOrdinal(a.Attribute, b.Attribute);
        });
        foreach (var key in keys)
        {
            var (numeric, categorical) = byKey[key];
            if (numeric is not null)
            {
                NumericKeyReconciler.Reconcile(key, numeric, Rules, facts, drafts);
            }

            if (categorical is not null)
            {
                CategoricalKeyReconciler.Reconcile(key, categorical, Rules, facts, drafts);
            }
        }

        foreach (var subject in subjects)
        {
            var claimsOfSubject = bySubject[subject];
            ShoulderHeightRatioRule.Check(subject, claimsOfSubject, Rules.ShoulderHeightRatio, drafts);
            MassLengthAllometryRule.Check(subject, claimsOfSubject, Rules.MassLengthAllometry, drafts);
        }

        foreach (var item in items.Where(i => i.Value is not null))
        {
            AbsoluteBoundRule.Check(item, Rules.AbsoluteBounds, drafts);
        }

        return Result(items, facts, drafts);
    }

    /// <summary>The keys whose facts and flags the given claims can change: their own, and for a body measure the
    /// subject's other body measures (shoulder height is checked against height, weight against lengths).</summary>
    public IReadOnlySet<ReconcileKey> KeysOf(IEnumerable<ClaimRecord> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var keys = new HashSet<ReconcileKey>();
        foreach (var claim in claims)
        {
            if (claim.Key is not { } key)
            {
                continue;
            }

            keys.Add(key);
            if (claim.Numeric is not null && BodyMeasures.Contains(key.Attribute))
            {
                keys.UnionWith(BodyMeasures.Select(a => new ReconcileKey(key.Subject, a)));
            }
        }

        return keys;
    }

    /// <summary>Document, sentence, position, then id: the order flags and facts are numbered in, whatever order claims came in.</summary>
    private static int TextOrder(ClaimRecord a, ClaimRecord b)
    {
        var order = string.CompareOrdinal(a.DocumentId, b.DocumentId);
        if (order == 0)
        {
            order = a.SentenceIndex.CompareTo(b.SentenceIndex);
        }

        if (order == 0)
        {
            order = a.Start.CompareTo(b.Start);
        }

        return order != 0 ? order : string.CompareOrdinal(a.Id, b.Id);
    }

    private static ReconciliationResult Result(List<ReconcileItem> items, List<Fact> facts, List<FlagDraft> drafts)
    {
        // Each draft's identity is built once: it joins every claim id, and a flag may hold hundreds.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unique = new List<(FlagDraft Draft, string Identity)>(drafts.Count);
        foreach (var draft in drafts)
        {
            var identity = draft.Identity;
            if (seen.Add(identity))
            {
                unique.Add((draft, identity));
            }
        }

        // Identities are unique, so this order is total and the sort's instability cannot show.
        unique.Sort(static (a, b) =>
        {
            var order = a.Draft.FirstOrder.CompareTo(b.Draft.FirstOrder);
            order = order != 0 ? order : string.CompareOrdinal(a.Draft.Rule, b.Draft.Rule);
            return order != 0 ? order : string.CompareOrdinal(a.Identity, b.Identity);
        });
        var flags = unique
            .Select((d, i) => (d.Draft, Flag: new Flag(
                "F" + (i + 1).ToString(CultureInfo.InvariantCulture), d.Draft.Kind, d.Draft.Rule, [.. d.Draft.Claims.Select(c => c.Record.Id)], d.Draft.Message)))
            .ToList();
        // Only extract's output asks which flags touch a sentence; a store run never does, so the index is built on demand.
        var bySentence = new Lazy<FrozenDictionary<(string Document, int Sentence), ImmutableArray<Flag>>>(() => flags
            .SelectMany(f => f.Draft.Claims.Select(c => (Key: (c.Record.DocumentId, c.Record.SentenceIndex), f.Flag)))
            .GroupBy(x => x.Key)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Flag).Distinct().ToImmutableArray()));
        var keys = new HashSet<ReconcileKey>();
        foreach (var item in items)
        {
            if (item.Record.Key is { } key)
            {
                keys.Add(key);
            }
        }

        return new ReconciliationResult([.. facts], [.. flags.Select(f => f.Flag)], keys, bySentence);
    }
}
