using System.Collections.Frozen;

namespace FactMiner.Core.Model;

/// <summary>The contract's categorical attributes and the categories each may take.</summary>
public static class CategoricalVocabulary
{
    public const string ConservationStatus = "conservation_status";
    public const string ActivityPattern = "activity_pattern";
    public const string SocialStructure = "social_structure";
    public const string DietType = "diet_type";

    public static readonly FrozenDictionary<string, FrozenSet<string>> CategoriesByAttribute =
        new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal)
        {
            [ConservationStatus] = FrozenSet.Create(
                StringComparer.Ordinal,
                "extinct", "extinct_in_the_wild", "critically_endangered", "endangered",
                "vulnerable", "near_threatened", "least_concern", "data_deficient"),
            [ActivityPattern] = FrozenSet.Create(StringComparer.Ordinal, "nocturnal", "diurnal", "crepuscular", "cathemeral"),
            [SocialStructure] = FrozenSet.Create(StringComparer.Ordinal, "solitary", "pair", "group"),
            [DietType] = FrozenSet.Create(StringComparer.Ordinal, "herbivore", "carnivore", "omnivore", "insectivore"),
        }.ToFrozenDictionary(StringComparer.Ordinal);
}
