using System.Collections.Frozen;

namespace FactMiner.Core.Extraction;

/// <summary>
/// Head nouns that name animals, with their group. A subject is recognised by its head (deer, tiger, yak), not by a list of
/// species, so unseen species with a common head (a "forest musk deer", a "Malayan tapir") are found without any change here.
/// Words that are mostly something else in species texts (turkey, swift, kite, monitor, ray) are left out on purpose.
/// </summary>
internal static class OrganismNouns
{
    private static readonly string[] Mammals =
    [
        "aardvark", "aardwolf", "addax", "agouti", "alpaca", "anteater", "antelope", "ape", "argali", "armadillo", "ass",
        "aurochs", "aye-aye", "baboon", "badger", "bandicoot", "banteng", "barasingha", "bat", "bear", "beaver", "bharal",
        "binturong", "bison", "blackbuck", "blesbok", "boar", "bobcat", "bongo", "bonobo", "bontebok", "buffalo", "bushbuck",
        "camel", "capybara", "caracal", "caribou", "cat", "cattle", "chamois", "cheetah", "chevrotain", "chimpanzee",
        "chinchilla", "chipmunk", "chiru", "chital", "civet", "coati", "colobus", "cougar", "coyote", "coypu", "cuscus",
        "deer", "degu", "dhole", "dik-dik", "dingo", "dog", "dolphin", "donkey", "dormouse", "dromedary", "dugong", "duiker",
        "echidna", "eland", "elephant", "elk", "ermine", "ferret", "fossa", "fox", "gaur", "gayal", "gazelle", "gemsbok",
        "gerbil", "gerenuk", "gibbon", "giraffe", "gnu", "goat", "gopher", "goral", "gorilla", "guanaco", "hamster", "hare",
        "hartebeest", "hedgehog", "hippo", "hippopotamus", "hirola", "hog", "horse", "hyena", "hyrax", "ibex", "impala",
        "jackal", "jaguar", "jaguarundi", "jerboa", "kanchil", "kangaroo", "kiang", "kinkajou", "klipspringer", "koala",
        "kob", "kouprey", "kudu", "langur", "lechwe", "lemming", "lemur", "leopard", "lion", "llama", "loris", "lynx",
        "macaque", "mammoth", "manatee", "mandrill", "mara", "margay", "markhor", "marmoset", "marmot", "marten", "meerkat",
        "mink", "mole", "mongoose", "monkey", "moose", "mouflon", "mouse", "muntjac", "napu", "narwhal", "nilgai",
        "numbat", "nyala", "ocelot", "okapi", "onager", "opossum", "orangutan", "orca", "oribi", "oryx", "otter", "ox",
        "panda", "pangolin", "panther", "peccary", "pig", "pika", "platypus", "polecat", "porcupine", "porpoise", "possum",
        "pronghorn", "puma", "quokka", "quoll", "rabbit", "raccoon", "rat", "reedbuck", "reindeer", "rhino", "rhinoceros",
        "saiga", "sambar", "saola", "seal", "serow", "serval", "sheep", "shrew", "siamang", "sitatunga", "skunk", "sloth",
        "solenodon", "springbok", "squirrel", "steenbok", "stoat", "suni", "tahr", "takin", "tamarin", "tapir", "tarsier",
        "tenrec", "tiger", "topi", "urial", "vicuna", "vole", "wallaby", "walrus", "wapiti", "warthog", "waterbuck", "weasel",
        "whale", "wildcat", "wildebeest", "wolf", "wolverine", "wombat", "yak", "zebra", "zebu", "zorilla",
    ];

    private static readonly string[] Birds =
    [
        "albatross", "auk", "bird", "bittern", "bustard", "buzzard", "capercaillie", "cassowary", "chicken", "cockatoo",
        "condor", "cormorant", "crane", "crow", "cuckoo", "curlew", "dove", "duck", "eagle", "egret", "emu", "falcon",
        "finch", "flamingo", "gannet", "goose", "grebe", "grouse", "gull", "harrier", "hawk", "heron", "hornbill",
        "hummingbird", "ibis", "junglefowl", "kakapo", "kea", "kestrel", "kingfisher", "kiwi", "macaw", "magpie", "monal",
        "osprey", "ostrich", "owl", "parakeet", "parrot", "partridge", "peacock", "peafowl", "pelican", "penguin", "petrel",
        "pheasant", "pigeon", "plover", "ptarmigan", "puffin", "quail", "raven", "rhea", "sandpiper", "sparrow", "starling",
        "stork", "swan", "tern", "toucan", "tragopan", "vulture", "warbler", "woodpecker", "wren",
    ];

    private static readonly string[] Reptiles =
    [
        "adder", "alligator", "anaconda", "boa", "caiman", "chameleon", "cobra", "crocodile", "dragon", "gecko", "gharial",
        "iguana", "krait", "lizard", "mamba", "python", "rattlesnake", "skink", "snake", "taipan", "terrapin", "tortoise",
        "tuatara", "turtle", "viper",
    ];

    private static readonly string[] Amphibians = ["axolotl", "caecilian", "frog", "newt", "olm", "salamander", "toad"];

    private static readonly string[] Fishes =
    [
        "arapaima", "barracuda", "carp", "catfish", "coelacanth", "cod", "eel", "fish", "goby", "grouper", "halibut",
        "herring", "lamprey", "mackerel", "manta", "marlin", "minnow", "perch", "piranha", "salmon", "sardine", "seahorse",
        "shark", "stingray", "sturgeon", "swordfish", "trout", "tuna",
    ];

    private static readonly string[] Invertebrates =
    [
        "ant", "bee", "beetle", "butterfly", "centipede", "clam", "cockroach", "coral", "crab", "dragonfly", "earthworm",
        "jellyfish", "krill", "ladybird", "leech", "lobster", "locust", "mantis", "millipede", "mosquito", "moth", "mussel",
        "octopus", "oyster", "prawn", "scorpion", "shrimp", "slug", "snail", "spider", "squid", "starfish", "tarantula",
        "termite", "wasp", "worm",
    ];

    /// <summary>Plurals and sex-specific names that the suffix rules cannot undo; each maps to the head's lemma.</summary>
    private static readonly FrozenDictionary<string, string> Irregular = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["mice"] = "mouse", ["dormice"] = "dormouse", ["geese"] = "goose", ["oxen"] = "ox", ["wolves"] = "wolf",
        ["hippopotami"] = "hippopotamus", ["octopi"] = "octopus", ["tigress"] = "tiger",
        ["tigresses"] = "tiger", ["lioness"] = "lion", ["lionesses"] = "lion", ["leopardess"] = "leopard",
        ["cattle"] = "cattle", ["rhinoceroses"] = "rhinoceros", ["rhinoceri"] = "rhinoceros", ["lynxes"] = "lynx",
        ["foxes"] = "fox", ["walruses"] = "walrus", ["albatrosses"] = "albatross", ["platypuses"] = "platypus",
        ["aurochsen"] = "aurochs", ["dingoes"] = "dingo", ["buffaloes"] = "buffalo", ["hippopotamuses"] = "hippopotamus",
        ["ibexes"] = "ibex", ["ibices"] = "ibex", ["finches"] = "finch", ["asses"] = "ass",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, (string Lemma, OrganismClass Class)> Heads = BuildHeads();

    private static readonly FrozenDictionary<string, (string Lemma, OrganismClass Class)>.AlternateLookup<ReadOnlySpan<char>> HeadLookup =
        Heads.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every form <see cref="LemmaOf"/> recognises without a document's own heads (the heads, the irregular
    /// plurals, the regular plurals of the heads) mapped to its lemma: one lookup per word, and most words are none.</summary>
    private static readonly WordMap<string> FormLookup = new(BuildForms());

    /// <summary>The lemma (singular, lowercase) of a word that names an animal, or null.</summary>
    /// <param name="extra">Heads this document taught us (an unseen species named in its title or introduced with its binomial).</param>
    public static string? LemmaOf(ReadOnlySpan<char> word, IReadOnlySet<string>? extra = null)
    {
        if (word.Length < 2 || word.Length > 40)
        {
            return null;
        }

        if (FormLookup.TryGetValue(word, out var lemma))
        {
            return lemma;
        }

        return extra is null || extra.Count == 0 ? null : ExtraLemma(word, extra);
    }

    /// <summary>True when the word is listed as a head in its own right (not only through a plural rule).</summary>
    public static bool IsListedHead(ReadOnlySpan<char> word) => HeadLookup.TryGetValue(word, out _);

    /// <summary>The group of a lemma or of a subject phrase (its last word); <see cref="OrganismClass.Unknown"/> when not listed.</summary>
    public static OrganismClass ClassOf(string subject)
    {
        var space = subject.LastIndexOf(' ');
        var head = space < 0 ? subject.AsSpan() : subject.AsSpan(space + 1);
        return HeadLookup.TryGetValue(head, out var entry) ? entry.Class : OrganismClass.Unknown;
    }

    /// <summary>The forms of <see cref="FormLookup"/>. Where two readings give one form, the first that applies wins: the
    /// word as a head, an irregular plural, then the plural endings -ies (y), -ves (f), -es and -s (not after s), so
    /// each reading is written over the ones after it.</summary>
    private static Dictionary<string, string> BuildForms()
    {
        var forms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (head, (lemma, _)) in Heads)
        {
            if (!head.EndsWith('s') && !head.EndsWith('S'))
            {
                forms[head + "s"] = lemma;
            }
        }

        foreach (var (head, (lemma, _)) in Heads)
        {
            forms[head + "es"] = lemma;
        }

        foreach (var (head, (lemma, _)) in Heads)
        {
            if (head.EndsWith('f') || head.EndsWith('F'))
            {
                forms[head[..^1] + "ves"] = lemma;
            }
        }

        foreach (var (head, (lemma, _)) in Heads)
        {
            if (head.EndsWith('y') || head.EndsWith('Y'))
            {
                forms[head[..^1] + "ies"] = lemma;
            }
        }

        foreach (var (plural, lemma) in Irregular)
        {
            forms[plural] = lemma;
        }

        foreach (var (head, (lemma, _)) in Heads)
        {
            forms[head] = lemma;
        }

        return forms;
    }

    private static string? ExtraLemma(ReadOnlySpan<char> word, IReadOnlySet<string> extra)
    {
        var lower = word.ToString().ToLowerInvariant();
        if (extra.Contains(lower))
        {
            return lower;
        }

        if (lower.EndsWith("es", StringComparison.Ordinal) && extra.Contains(lower[..^2]))
        {
            return lower[..^2];
        }

        return lower.EndsWith('s') && extra.Contains(lower[..^1]) ? lower[..^1] : null;
    }

    private static FrozenDictionary<string, (string Lemma, OrganismClass Class)> BuildHeads()
    {
        var heads = new Dictionary<string, (string, OrganismClass)>(StringComparer.OrdinalIgnoreCase);
        void Add(string[] words, OrganismClass cls)
        {
            foreach (var word in words)
            {
                heads[word] = (word, cls);
            }
        }

        Add(Mammals, OrganismClass.Mammal);
        Add(Birds, OrganismClass.Bird);
        Add(Reptiles, OrganismClass.Reptile);
        Add(Amphibians, OrganismClass.Amphibian);
        Add(Fishes, OrganismClass.Fish);
        Add(Invertebrates, OrganismClass.Invertebrate);
        return heads.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
