namespace FactMiner.Core.Extraction;

/// <summary>What a food word is: plant matter, insects and other small invertebrates, or other animals.
/// Any animal head noun (deer, fish, rodents) counts as animal food.</summary>
internal static class FoodWords
{
    public enum Kind
    {
        None,
        Plant,
        Insect,
        Animal,
    }

    private static readonly WordSet Plants = new(
        "grass", "grasses", "sedge", "sedges", "herb", "herbs", "forb", "forbs", "leaf", "leaves", "foliage", "shoot",
        "shoots", "bud", "buds", "twig", "twigs", "bark", "stem", "stems", "root", "roots", "tuber", "tubers", "bulb",
        "bulbs", "rhizomes", "fruit", "fruits", "berries", "berry", "seed", "seeds", "nut", "nuts", "acorns", "grain",
        "grains", "cereals", "crops", "flowers", "nectar", "pollen", "lichen", "lichens", "moss", "mosses", "fungi",
        "mushrooms", "algae", "seaweed", "kelp", "bamboo", "plant", "plants", "vegetation", "browse", "hay", "needles",
        "shrubs", "trees", "vines", "ferns", "herbage", "clover", "cacti", "cactus", "lichen-covered", "conifer",
        "conifers", "saplings", "reeds", "rushes", "hay");

    private static readonly WordSet Insects = new(
        "insect", "insects", "ants", "termites", "beetles", "larvae", "grubs", "caterpillars", "grasshoppers", "locusts",
        "crickets", "flies", "bees", "wasps", "moths", "invertebrates", "worms", "earthworms", "spiders", "snails", "slugs");

    private static readonly WordSet Animals = new(
        "meat", "carrion", "prey", "flesh", "blood", "eggs", "vertebrates", "mammals", "birds", "rodents", "fish", "frogs",
        "reptiles", "lizards", "snakes", "crustaceans", "mollusks", "molluscs", "amphibians", "ungulates", "carcasses",
        "livestock", "hares", "squid");

    public static Kind Of(ReadOnlySpan<char> word)
    {
        if (Plants.Contains(word))
        {
            return Kind.Plant;
        }

        if (Insects.Contains(word))
        {
            return Kind.Insect;
        }

        if (Animals.Contains(word))
        {
            return Kind.Animal;
        }

        return OrganismNouns.LemmaOf(word) is { } lemma
            ? OrganismNouns.ClassOf(lemma) == OrganismClass.Invertebrate ? Kind.Insect : Kind.Animal
            : Kind.None;
    }
}
