using System.Collections.Frozen;

namespace FactMiner.Core.Extraction;

/// <summary>
/// Qualifier wording as data: approximations and bounds right before a value (<c>about</c>, <c>up to</c>, <c>c.</c>, <c>~</c>),
/// bounds right after it (<c>or more</c>), and condition words around it (<c>males</c>, <c>at birth</c>, <c>in captivity</c>).
/// </summary>
internal static class QualifierLexicon
{
    public const string Approximate = "approximate";
    public const string UpTo = "up to";
    public const string MoreThan = "more than";
    public const string LessThan = "less than";
    public const string AtLeast = "at least";

    /// <summary>Contract spellings of <see cref="Conditions"/>, by bit position.</summary>
    public static readonly string[] ConditionNames = ["male", "female", "adult", "newborn", "juvenile", "wild", "captive", "domestic"];

    private static readonly (string Phrase, string Qualifier)[] BeforePhrases =
    [
        ("about", Approximate), ("approximately", Approximate), ("approx", Approximate), ("approx.", Approximate),
        ("around", Approximate), ("roughly", Approximate), ("some", Approximate), ("nearly", Approximate),
        ("almost", Approximate), ("circa", Approximate), ("c.", Approximate), ("ca.", Approximate), ("ca", Approximate),
        ("~", Approximate), ("≈", Approximate), ("∼", Approximate), ("an estimated", Approximate), ("estimated", Approximate), ("estimated at", Approximate),
        ("close to", Approximate), ("on the order of", Approximate), ("in the region of", Approximate), ("about ~", Approximate),
        ("up to", UpTo), ("as much as", UpTo), ("as many as", UpTo), ("as long as", UpTo), ("as tall as", UpTo),
        ("as high as", UpTo), ("as heavy as", UpTo), ("as large as", UpTo), ("as big as", UpTo), ("as great as", UpTo),
        ("as old as", UpTo), ("as far as", UpTo), ("no more than", UpTo), ("not more than", UpTo), ("at most", UpTo),
        ("a maximum of", UpTo), ("maximum of", UpTo), ("max", UpTo), ("max.", UpTo), ("not exceeding", UpTo),
        ("more than", MoreThan), ("greater than", MoreThan), ("over", MoreThan), ("above", MoreThan),
        ("exceeding", MoreThan), ("in excess of", MoreThan), ("upwards of", MoreThan), ("upward of", MoreThan),
        ("well over", MoreThan), ("just over", MoreThan), ("longer than", MoreThan), ("heavier than", MoreThan),
        ("less than", LessThan), ("fewer than", LessThan), ("under", LessThan), ("below", LessThan),
        ("lower than", LessThan), ("just under", LessThan), ("well under", LessThan), ("shorter than", LessThan),
        ("lighter than", LessThan),
        ("at least", AtLeast), ("no less than", AtLeast), ("not less than", AtLeast), ("no fewer than", AtLeast),
        ("a minimum of", AtLeast), ("minimum of", AtLeast), ("as little as", AtLeast), ("as few as", AtLeast),
    ];

    private static readonly (string Phrase, string Qualifier)[] AfterPhrases =
    [
        ("or more", AtLeast), ("or over", AtLeast), ("or above", AtLeast), ("and over", AtLeast), ("and above", AtLeast),
        ("or longer", AtLeast), ("or older", AtLeast), ("or greater", AtLeast), ("or heavier", AtLeast),
        ("or less", UpTo), ("or fewer", UpTo), ("or under", UpTo), ("or below", UpTo), ("or younger", UpTo),
        ("or shorter", UpTo), ("or lighter", UpTo),
        ("or so", Approximate), ("approximately", Approximate), ("approx.", Approximate), ("more or less", Approximate),
    ];

    private static readonly FrozenDictionary<string, (string[] Words, string Qualifier)[]>.AlternateLookup<ReadOnlySpan<char>> BeforeByLastWord =
        IndexBy(BeforePhrases, words => words[^1]);

    private static readonly FrozenDictionary<string, (string[] Words, string Qualifier)[]>.AlternateLookup<ReadOnlySpan<char>> AfterByFirstWord =
        IndexBy(AfterPhrases, words => words[0]);

    private static readonly WordMap<Conditions> ConditionWords = new(new Dictionary<string, Conditions>
    {
        ["male"] = Conditions.Male, ["males"] = Conditions.Male, ["bull"] = Conditions.Male, ["bulls"] = Conditions.Male,
        ["stag"] = Conditions.Male, ["stags"] = Conditions.Male, ["buck"] = Conditions.Male, ["bucks"] = Conditions.Male,
        ["ram"] = Conditions.Male, ["rams"] = Conditions.Male,
        ["female"] = Conditions.Female, ["females"] = Conditions.Female, ["cow"] = Conditions.Female, ["cows"] = Conditions.Female,
        ["doe"] = Conditions.Female, ["ewe"] = Conditions.Female, ["ewes"] = Conditions.Female,
        ["vixen"] = Conditions.Female, ["vixens"] = Conditions.Female,
        ["adult"] = Conditions.Adult, ["adults"] = Conditions.Adult, ["full-grown"] = Conditions.Adult, ["fully-grown"] = Conditions.Adult,
        ["newborn"] = Conditions.Newborn, ["newborns"] = Conditions.Newborn, ["new-born"] = Conditions.Newborn,
        ["neonate"] = Conditions.Newborn, ["neonates"] = Conditions.Newborn, ["neonatal"] = Conditions.Newborn,
        ["juvenile"] = Conditions.Juvenile, ["juveniles"] = Conditions.Juvenile, ["young"] = Conditions.Juvenile,
        ["immature"] = Conditions.Juvenile, ["subadult"] = Conditions.Juvenile, ["subadults"] = Conditions.Juvenile,
        ["sub-adult"] = Conditions.Juvenile, ["yearling"] = Conditions.Juvenile, ["yearlings"] = Conditions.Juvenile,
        ["wild"] = Conditions.Wild, ["free-ranging"] = Conditions.Wild, ["free-living"] = Conditions.Wild,
        ["captive"] = Conditions.Captive, ["captivity"] = Conditions.Captive, ["zoo"] = Conditions.Captive, ["zoos"] = Conditions.Captive,
        ["domestic"] = Conditions.Domestic, ["domesticated"] = Conditions.Domestic, ["farmed"] = Conditions.Domestic,
    });

    /// <summary>Reads approximations and bounds ending just before <paramref name="start"/>, not before <paramref name="floor"/>.</summary>
    /// <returns>The first token of the qualifiers read (or <paramref name="start"/> when none).</returns>
    public static int ReadBefore(in SentenceTokens tokens, int start, int floor, ref QualifierSet qualifiers)
    {
        while (start - 1 >= floor && BeforeByLastWord.TryGetValue(tokens[start - 1], out var candidates))
        {
            var matched = false;
            foreach (var (words, qualifier) in candidates)
            {
                var first = start - words.Length;
                if (first >= floor && Matches(tokens, first, words))
                {
                    Apply(ref qualifiers, qualifier);
                    start = first;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                break;
            }
        }

        return start;
    }

    /// <summary>Reads a bound or approximation right after a value (<c>or more</c>, <c>or so</c>).</summary>
    /// <returns>The token after what was read (or <paramref name="end"/> when nothing).</returns>
    public static int ReadAfter(in SentenceTokens tokens, int end, ref QualifierSet qualifiers)
    {
        if (!tokens.IsWord(end) || !AfterByFirstWord.TryGetValue(tokens[end], out var candidates))
        {
            return end;
        }

        foreach (var (words, qualifier) in candidates)
        {
            if (Matches(tokens, end, words))
            {
                Apply(ref qualifiers, qualifier);
                return end + words.Length;
            }
        }

        return end;
    }

    /// <summary>True when the token just before <paramref name="start"/> (after any qualifiers) is <paramref name="word"/>.</summary>
    public static bool Precedes(in SentenceTokens tokens, int start, string word, out int wordIndex)
    {
        var scratch = default(QualifierSet);
        wordIndex = ReadBefore(tokens, start, 0, ref scratch) - 1;
        return tokens.Is(wordIndex, word);
    }

    /// <summary>The condition a word names (<c>males</c>, <c>captivity</c>); <c>at birth</c> is checked by the caller's bigram.</summary>
    public static Conditions ConditionOf(in SentenceTokens tokens, int index)
    {
        if (!tokens.IsWord(index))
        {
            return Conditions.None;
        }

        if (ConditionWords.TryGetValue(tokens[index], out var condition))
        {
            return condition;
        }

        return tokens.Is(index, "birth") && tokens.Is(index - 1, "at") ? Conditions.Newborn : Conditions.None;
    }

    private static void Apply(ref QualifierSet qualifiers, string qualifier)
    {
        if (ReferenceEquals(qualifier, Approximate))
        {
            qualifiers.Approximate = true;
        }
        else
        {
            qualifiers.Bound ??= qualifier;
        }
    }

    private static bool Matches(in SentenceTokens tokens, int first, string[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (!tokens.Is(first + i, words[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static FrozenDictionary<string, (string[] Words, string Qualifier)[]>.AlternateLookup<ReadOnlySpan<char>> IndexBy(
        (string Phrase, string Qualifier)[] phrases, Func<string[], string> key) =>
        phrases
            .Select(p => (Words: p.Phrase.Split(' '), p.Qualifier))
            .GroupBy(p => key(p.Words), StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
}
