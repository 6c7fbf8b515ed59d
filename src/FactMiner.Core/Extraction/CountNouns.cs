using System.Collections.Frozen;

namespace FactMiner.Core.Extraction;

/// <summary>
/// Nouns that make a bare number a count of animals (<c>three to five musk deer</c>, <c>2,500 mature individuals</c>)
/// or their young (<c>two fawns</c>); and the words that end the modifiers before such a noun.
/// </summary>
internal static class CountNouns
{
    private static readonly string[] Offspring =
    [
        "young", "offspring", "cub", "calf", "fawn", "kid", "lamb", "pup", "kit", "kitten", "chick", "egg", "foal",
        "piglet", "joey", "hatchling", "nestling", "fledgling", "leveret", "baby", "infant", "neonate", "newborn", "calves",
    ];

    private static readonly string[] Individuals =
    [
        "individual", "animal", "adult", "male", "female", "juvenile", "subadult", "specimen", "head", "pair", "bird",
        "mammal", "creature", "yearling", "bull", "cow", "stag", "buck", "doe", "ram", "ewe", "boar", "sow", "herd",
        "troop", "pack", "colony", "breeder", "captive",
    ];

    /// <summary>Common animal head nouns, so counts of species the subject resolver has not named still read as counts.</summary>
    private static readonly string[] Animals =
    [
        "deer", "musk-deer", "yak", "leopard", "tiger", "lion", "wolf", "fox", "bear", "elephant", "rhino", "rhinoceros",
        "hippo", "hippopotamus", "giraffe", "zebra", "antelope", "gazelle", "ibex", "goat", "sheep", "markhor", "argali",
        "takin", "goral", "serow", "chamois", "moose", "elk", "caribou", "reindeer", "bison", "buffalo", "cattle", "horse",
        "donkey", "ass", "camel", "llama", "alpaca", "vicuna", "vicuña", "guanaco", "pig", "hog", "peccary", "tapir",
        "panda", "monkey", "ape", "gorilla", "chimpanzee", "orangutan", "gibbon", "macaque", "baboon", "lemur", "bat",
        "rat", "mouse", "squirrel", "marmot", "beaver", "otter", "seal", "walrus", "whale", "dolphin", "porpoise",
        "manatee", "dugong", "kangaroo", "wallaby", "koala", "wombat", "possum", "opossum", "hare", "rabbit", "pika",
        "hedgehog", "mole", "shrew", "badger", "wolverine", "marten", "weasel", "stoat", "ferret", "mink", "sable",
        "skunk", "raccoon", "civet", "mongoose", "hyena", "jackal", "coyote", "dog", "cat", "lynx", "bobcat", "cougar",
        "puma", "jaguar", "cheetah", "ocelot", "serval", "caracal", "pangolin", "armadillo", "sloth", "anteater",
        "aardvark", "okapi", "chevrotain", "muntjac", "chital", "sambar", "eagle", "vulture", "hawk", "falcon", "owl",
        "crane", "stork", "heron", "swan", "goose", "duck", "pheasant", "partridge", "grouse", "peafowl", "parrot",
        "penguin", "turtle", "tortoise", "snake", "lizard", "crocodile", "alligator", "frog", "toad", "salamander",
        "fish", "shark", "salmon", "trout", "ox", "mule", "primate", "ungulate", "carnivore", "herbivore", "rodent",
        "reptile", "amphibian", "predator",
    ];

    private static readonly Dictionary<string, string> IrregularPlurals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["wolf"] = "wolves", ["calf"] = "calves", ["mouse"] = "mice", ["goose"] = "geese", ["ox"] = "oxen",
        ["baby"] = "babies", ["colony"] = "colonies", ["joey"] = "joeys", ["ass"] = "asses",
    };

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CountableSet = WithPlurals([.. Offspring, .. Individuals, .. Animals]);

    /// <summary>Words that cannot be a modifier between a number and its noun (<c>three of the</c>, <c>five to</c>).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWords = new[]
    {
        "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by", "from", "and", "or", "but", "that", "which",
        "who", "whom", "whose", "are", "is", "were", "was", "be", "been", "being", "have", "has", "had", "will", "would",
        "can", "could", "may", "might", "must", "should", "shall", "do", "does", "did", "per", "each", "every", "than",
        "as", "into", "onto", "over", "under", "about", "around", "between", "among", "these", "those", "this", "their",
        "its", "his", "her", "our", "your", "my", "it", "they", "them", "we", "you", "he", "she", "not", "no", "only",
        "also", "more", "most", "less", "least", "up", "out", "there", "here", "when", "where", "while", "if", "so",
        "such", "all", "both", "other", "another", "same", "very", "times", "percent", "during", "after", "before",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsCountable(ReadOnlySpan<char> word) => CountableSet.Contains(word);

    public static bool IsFunctionWord(ReadOnlySpan<char> word) => FunctionWords.Contains(word);

    /// <summary>True when <paramref name="word"/> is <paramref name="head"/> or a regular plural of it (<c>deer</c>, <c>leopards</c>, <c>foxes</c>).</summary>
    public static bool IsFormOf(ReadOnlySpan<char> word, ReadOnlySpan<char> head)
    {
        if (head.IsEmpty)
        {
            return false;
        }

        if (word.Equals(head, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (word.Length == head.Length + 1)
        {
            return word.StartsWith(head, StringComparison.OrdinalIgnoreCase) && word[^1] is 's' or 'S';
        }

        if (word.Length != head.Length + 2)
        {
            return false;
        }

        // "foxes"; "butterfly" / "butterflies".
        return (word.StartsWith(head, StringComparison.OrdinalIgnoreCase) && word.EndsWith("es", StringComparison.OrdinalIgnoreCase))
            || (head[^1] is 'y' or 'Y' && word.StartsWith(head[..^1], StringComparison.OrdinalIgnoreCase)
                && word.EndsWith("ies", StringComparison.OrdinalIgnoreCase));
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WithPlurals(IEnumerable<string> singulars)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var singular in singulars)
        {
            words.Add(singular);
            if (IrregularPlurals.TryGetValue(singular, out var irregular))
            {
                words.Add(irregular);
            }
            else if (singular.EndsWith('s') || singular.EndsWith('x') || singular.EndsWith("ch", StringComparison.Ordinal) || singular.EndsWith("sh", StringComparison.Ordinal))
            {
                words.Add(singular + "es");
            }
            else if (singular.EndsWith('y') && singular.Length > 1 && !"aeiou".Contains(singular[^2]))
            {
                words.Add(singular[..^1] + "ies");
            }
            else
            {
                words.Add(singular + "s");
            }
        }

        return words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
