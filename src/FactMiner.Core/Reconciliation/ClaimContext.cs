using System.Collections.Immutable;

namespace FactMiner.Core.Reconciliation;

/// <summary>The conditions a claim holds under, one set per qualifier class (sex, age, setting, season, year), plus any
/// qualifier no class knows. Two claims are comparable only when, in every class, their conditions can coincide.</summary>
internal sealed class ClaimContext
{
    private readonly ImmutableArray<ImmutableHashSet<string>> byClass;
    private readonly ImmutableHashSet<string> unknown;

    private ClaimContext(ImmutableArray<ImmutableHashSet<string>> byClass, ImmutableHashSet<string> unknown)
    {
        this.byClass = byClass;
        this.unknown = unknown;
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

        return new ClaimContext([.. sets.Select(s => s.ToImmutable())], unknown.ToImmutable());
    }

    /// <summary>Newborn and adult, male and female, wild and captive, 1996 and 2015 cannot coincide; an unqualified claim
    /// takes each class's default (adult, wild, all year) or, where there is none (sex, year), matches any.</summary>
    public bool CompatibleWith(ClaimContext other)
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
}
