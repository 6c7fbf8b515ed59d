using System.Collections.Immutable;

namespace FactMiner.Core.Reconciliation;

/// <summary>The conditions a claim holds under, one set per qualifier class (sex, age, setting, season, year), plus any
/// qualifier no class knows. Two claims are comparable only when, in every class, their conditions can coincide.</summary>
internal sealed class ClaimContext
{
    private readonly ImmutableArray<ImmutableHashSet<string>> byClass;
    private readonly ImmutableHashSet<string> unknown;
    private readonly ImmutableArray<bool> open;

    // Contexts are interned per reconciliation (ClaimContextTable), and a key holds many claims but few distinct
    // contexts, so each pair of contexts is compared once.
    private readonly Dictionary<ClaimContext, bool> compatibility = new(ReferenceEqualityComparer.Instance);

    private ClaimContext(ImmutableArray<ImmutableHashSet<string>> byClass, ImmutableHashSet<string> unknown, ImmutableArray<bool> open)
    {
        this.byClass = byClass;
        this.unknown = unknown;
        this.open = open;
    }

    public static ClaimContext Of(ImmutableArray<string> qualifiers, PlausibilityRules rules)
    {
        var sets = rules.QualifierClasses.Select(_ => ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal)).ToArray();
        var unknown = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var raw in qualifiers.IsDefault ? [] : qualifiers)
        {
            var qualifier = raw.Trim().ToLowerInvariant();
            if (rules.BoundQualifiers.IsBound(qualifier))
            {
                continue;
            }

            var index = -1;
            for (var i = 0; i < rules.QualifierClasses.Length && index < 0; i++)
            {
                index = rules.QualifierClasses[i].Recognises(qualifier) ? i : -1;
            }

            (index >= 0 ? sets[index] : unknown).Add(qualifier);
        }

        for (var i = 0; i < sets.Length; i++)
        {
            if (sets[i].Count == 0)
            {
                sets[i].UnionWith(rules.QualifierClasses[i].WhenAbsent);
            }
        }

        return new ClaimContext(
            [.. sets.Select(s => s.ToImmutable())], unknown.ToImmutable(), [.. rules.QualifierClasses.Select(c => c.WhenAbsent.Count == 0)]);
    }

    /// <summary>Newborn and adult, male and female, wild and captive, 1996 and 2015 cannot coincide; an unqualified claim
    /// takes each class's default (adult, wild, all year) or, where there is none (sex, year), matches any.</summary>
    public bool CompatibleWith(ClaimContext other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (!compatibility.TryGetValue(other, out var compatible))
        {
            compatible = Compare(other);
            compatibility[other] = compatible;
        }

        return compatible;
    }

    private bool Compare(ClaimContext other)
    {
        for (var i = 0; i < byClass.Length; i++)
        {
            if (byClass[i].Count > 0 && other.byClass[i].Count > 0 && !byClass[i].Overlaps(other.byClass[i]))
            {
                return false;
            }
        }

        // A condition no class knows ("in captivity since birth", "record") may mean anything: compare only like with like.
        return unknown.SetEquals(other.unknown);
    }

    /// <summary>The number of condition classes (sex, age, year, ...), the range of <see cref="IsNarrowerIn"/>'s index.</summary>
    public int Classes => byClass.Length;

    /// <summary>Whether, in class <paramref name="index"/> (one without a default: sex, year), this claim names a value and
    /// <paramref name="general"/> names none: "males weigh 45-55 kg" is narrower than "snow leopards weigh 50 kg".</summary>
    public bool IsNarrowerIn(int index, ClaimContext general) =>
        open[index] && byClass[index].Count > 0 && general.byClass[index].Count == 0;

    /// <summary>Names a value of class <paramref name="index"/> other than every value <paramref name="narrow"/> names (the other sex).</summary>
    public bool IsOtherGroupIn(int index, ClaimContext narrow) =>
        byClass[index].Count > 0 && !byClass[index].Overlaps(narrow.byClass[index]);

    /// <summary>Same values in every class without a default: a general statement and one about males are not compared.</summary>
    public bool SameInOpenClasses(ClaimContext other)
    {
        for (var i = 0; i < byClass.Length; i++)
        {
            if (open[i] && !byClass[i].SetEquals(other.byClass[i]))
            {
                return false;
            }
        }

        return true;
    }
}
