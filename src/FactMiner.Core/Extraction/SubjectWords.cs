namespace FactMiner.Core.Extraction;

/// <summary>The closed word classes subject resolution needs: what may modify an animal noun, what stands for it, what ends a phrase.</summary>
internal static class SubjectWords
{
    /// <summary>Words that end a modifier chain and are never part of a subject: function words, numbers, quantities,
    /// size and state adjectives, and sex/age words (those are qualifiers of a claim, not kinds of animal).</summary>
    public static readonly WordSet ModifierStops = new(
        "a", "an", "the", "this", "that", "these", "those", "each", "every", "some", "any", "all", "both", "no", "its",
        "their", "his", "her", "our", "my", "your", "such", "what", "which", "whose", "who", "whom", "of", "for", "and",
        "or", "nor", "but", "by", "in", "on", "to", "with", "as", "at", "from", "into", "onto", "than", "like", "unlike",
        "about", "among", "between", "per", "via", "over", "under", "near", "while", "whereas", "although", "though",
        "because", "since", "if", "when", "where", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
        "do", "does", "did", "can", "could", "may", "might", "must", "will", "would", "should", "not", "also", "only",
        "even", "just", "very", "more", "most", "less", "least", "many", "much", "few", "fewer", "several", "other",
        "another", "same", "different", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "dozen", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "single", "individual", "male",
        "males", "female", "females", "adult", "adults", "subadult", "young", "juvenile", "juveniles", "newborn", "baby",
        "infant", "immature", "mature", "old", "elderly", "pregnant", "lactating", "nursing", "breeding", "dominant",
        "small", "smaller", "smallest", "large", "larger", "largest", "big", "bigger", "biggest", "little", "tiny", "huge",
        "heavy", "heavier", "heaviest", "tall", "taller", "tallest", "typical", "average", "healthy", "sick", "hungry",
        "dead", "live", "living", "remaining", "surviving", "endangered", "threatened", "vulnerable", "protected", "rare",
        "extinct", "poached", "hunted", "killed", "captured", "trapped", "farmed", "raised", "bred", "tagged", "collared",
        "observed", "studied", "released", "introduced", "reintroduced", "captive", "farm", "zoo", "local", "native",
        "certain", "various", "numerous", "human", "bull", "bulls", "cow", "cows", "stag", "stags", "buck", "bucks", "doe",
        "does", "ram", "rams", "ewe", "ewes", "sow", "sows", "vixen", "billy", "nanny", "hen", "hens", "mare", "mares",
        "stallion", "stallions", "mother", "mothers", "pair", "pairs", "herd", "herds", "group", "groups", "population",
        "populations", "species", "subspecies", "kind", "kinds", "type", "types", "genus", "family", "order", "called",
        "named", "known", "it", "they", "them", "he", "she", "we", "you", "i", "there", "here", "then", "now", "today",
        // nouns of a fronted adverbial ("In captivity giant anteaters ...", "In winter snow leopards ...")
        "captivity", "nature", "winter", "summer", "spring", "autumn", "general", "addition", "contrast", "particular",
        "fact", "total", "short", "comparison", "practice", "turn", "season", "seasons", "day", "days", "night", "nights",
        "area", "areas", "region", "regions", "places", "parts");

    /// <summary>Section titles that scraping glues to the next sentence ("Ecology and Behavior Himalayan musk deer are ...").</summary>
    public static readonly WordSet HeadingWords = new(
        "abstract", "anatomy", "appearance", "behavior", "behaviour", "biology", "breeding", "characteristics",
        "classification", "conservation", "description", "diet", "distribution", "ecology", "evolution", "facts", "fact",
        "feeding", "food", "habitat", "habits", "history", "identification", "introduction", "lifespan", "longevity",
        "morphology", "notes", "overview", "physical", "population", "predators", "range", "references", "reproduction",
        "size", "status", "summary", "taxonomy", "threats", "trivia", "uses", "profile", "information", "info", "key",
        "general", "life", "cycle", "social", "structure", "interesting", "fun", "quick", "natural", "map", "gallery",
        "photo", "photos", "image", "images", "video", "sources", "links", "contents", "menu", "home", "share", "comments",
        "related", "scientific", "name", "names", "kingdom", "phylum", "weight", "height", "length", "gestation",
        "lifecycle", "adaptations", "senses", "communication", "territory", "trends", "outlook", "geographic", "legal");

    /// <summary>Pronouns that stand for the running subject when they open a sentence's subject position.</summary>
    public static readonly WordSet Pronouns = new("it", "its", "they", "their", "theirs", "itself", "themselves");

    /// <summary>Determiners that make a following general noun point back ("the species", "this animal", "these cats").</summary>
    public static readonly WordSet AnaphoricDeterminers = new("the", "this", "these", "that", "those", "such");

    /// <summary>Nouns for an animal in general; with an anaphoric determiner they mean the running subject.</summary>
    public static readonly WordSet GeneralNouns = new(
        "animal", "animals", "creature", "creatures", "species", "subspecies", "mammal", "mammals", "bird", "birds",
        "reptile", "reptiles", "amphibian", "amphibians", "fish", "insect", "insects", "ungulate", "ungulates", "ruminant",
        "ruminants", "herbivore", "herbivores", "carnivore", "carnivores", "omnivore", "omnivores", "predator", "predators",
        "primate", "primates", "rodent", "rodents", "marsupial", "marsupials", "cat", "cats", "beast", "beasts", "feline",
        "felines", "canine", "canines", "bovine", "bovines", "cervid", "cervids", "bovid", "bovids", "canid", "canids",
        "felid", "felids", "snake", "snakes", "individual", "individuals");

    /// <summary>Nouns for the young of an animal: "tiger cubs" is about tigers, bare "cubs" about the running subject.</summary>
    public static readonly WordSet YoungNouns = new(
        "cub", "cubs", "calf", "calves", "fawn", "fawns", "kid", "kids", "pup", "pups", "joey", "joeys", "foal", "foals",
        "chick", "chicks", "hatchling", "hatchlings", "piglet", "piglets", "lamb", "lambs", "infant", "infants", "baby",
        "babies", "young", "offspring", "juvenile", "juveniles", "newborn", "newborns", "neonate", "neonates", "yearling",
        "yearlings", "whelp", "whelps", "leveret", "leverets", "owlet", "owlets", "kits", "kit", "eggs", "egg");

    /// <summary>Nouns for one sex or age class; alone they mean the running subject ("Males weigh ...").</summary>
    public static readonly WordSet SexAgeNouns = new(
        "male", "males", "female", "females", "adult", "adults", "subadult", "subadults", "bull", "bulls", "cow", "cows",
        "stag", "stags", "buck", "bucks", "doe", "does", "ram", "rams", "ewe", "ewes", "sow", "sows", "vixen", "vixens",
        "hen", "hens", "mare", "mares", "stallion", "stallions", "mother", "mothers");

    /// <summary>Openers of a fronted comparison ("Unlike tigers, leopards ..."): the animal there is not the subject.</summary>
    public static readonly WordSet FrontedComparisons = new("like", "unlike", "of", "among", "compared", "as", "than");

    /// <summary>Participles and gerunds that are good modifiers of an animal noun (spotted hyena, flying squirrel).</summary>
    public static readonly WordSet DescriptiveVerbForms = new(
        "flying", "laughing", "howling", "jumping", "hopping", "leaping", "spitting", "climbing", "burrowing", "running",
        "walking", "singing", "crying", "hunting", "fishing", "crab-eating");

    /// <summary>-ly words that are adjectives in common names, not adverbs.</summary>
    public static readonly WordSet LyAdjectives = new("woolly", "grizzly", "curly", "lordly", "holy");

    /// <summary>Animal nouns that are also a verb of what animals do: "a doe bears one or two fawns".</summary>
    public static readonly WordSet VerbLikeHeads = new("bear", "bears");

    /// <summary>Words besides numbers that open a verb's object and never follow a plural subject noun: after one of
    /// these, or a number, a <see cref="VerbLikeHeads"/> word is the verb.</summary>
    public static readonly WordSet ObjectOpeners = new("a", "an", "the", "its", "their", "his", "her", "young", "offspring", "litters");

    /// <summary>Whether a word may sit in front of an animal noun as part of its name.</summary>
    public static bool IsModifier(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || ModifierStops.Contains(word) || HeadingWords.Contains(word) || GeneralNouns.Contains(word))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c != '-' && c != '\'')
            {
                return false;
            }
        }

        if (word.EndsWith("ly", StringComparison.OrdinalIgnoreCase))
        {
            return LyAdjectives.Contains(word);
        }

        return !word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || DescriptiveVerbForms.Contains(word);
    }
}
