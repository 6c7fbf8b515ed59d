using System.Buffers;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using FactMiner.Core.Model;

namespace FactMiner.Core.Extraction;

/// <summary>Reads how an animal lives: alone (<c>solitary</c>), in <c>pair</c>s, or in <c>group</c>s (herds, packs, troops).
/// Of alternatives joined by "or" ("alone or in solitary pairs") only the first is kept: the text names it as the usual
/// case, and keeping both would let a document contradict itself.</summary>
internal static partial class SocialStructureReader
{
    /// <summary>The patterns in the order they are tried, each with its category and whether its key word is an adjective
    /// that must be said of the subject ("is solitary", not "solitary pairs").</summary>
    private static readonly (GatedPattern Pattern, string Category, bool Adjective)[] Patterns =
    [
        (new(SolitaryAdjective(), "solitary"), "solitary", true),
        (new(SolitaryLife(), "solitary"), "solitary", false),
        (new(Alone(), "alone"), "solitary", false),
        (new(Gregarious(), "gregarious", "social"), "group", true),
        (new(InGroups(), "groups", "herds", "packs", "troops", "colonies", "flocks", "prides", "pods", "bands", "clans", "harems", "sounders", "coveys", "families"), "group", false),
        (new(InPairs(), "pair"), "pair", false),
        (new(Monogamous(), "monogamous"), "pair", true),
    ];

    internal static IEnumerable<GatedPattern> GatedPatterns => Patterns.Select(p => p.Pattern);

    /// <summary>Every pattern needs one of these at the start of a word: the lifestyle adjectives and the group nouns.</summary>
    private static readonly SearchValues<string> Cues = GatedPattern.AnyCueOf(GatedPatterns);

    /// <summary>False when the text holds none of the words every match needs: most sentences skip the patterns.</summary>
    public static bool MayMatch(ReadOnlySpan<char> text) => WordStartCues.AnyAt(text, Cues);

    public static IEnumerable<CategoricalMatch> Read(ClauseReader reader)
    {
        var found = new List<CategoricalMatch>();
        foreach (var (pattern, category, adjective) in Patterns)
        {
            foreach (var match in pattern.Matches(reader.Text))
            {
                var keyword = match.Groups["key"].Success ? match.Groups["key"].Index : match.Index;
                var word = reader.WordAt(keyword);
                var verb = reader.WordAt(match.Index);
                if (reader.IsNegatedOrHedged(verb) || reader.IsConditional(verb) || (adjective && !reader.IsPredicative(word)) ||
                    found.Exists(f => f.Start < match.Index + match.Length && match.Index < f.End))
                {
                    continue;
                }

                var qualifiers = reader.QualifiersAt(word);
                if (match.Value.Contains("bachelor", StringComparison.OrdinalIgnoreCase) && !qualifiers.Contains("male"))
                {
                    qualifiers = qualifiers.Add("male");
                }

                found.Add(new CategoricalMatch(
                    CategoricalVocabulary.SocialStructure, category, match.Index, match.Index + match.Length, null, null, qualifiers));
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return DropAlternatives(reader.Text, found);
    }

    private static List<CategoricalMatch> DropAlternatives(string text, List<CategoricalMatch> found)
    {
        var kept = new List<CategoricalMatch>(found.Count);
        foreach (var match in found)
        {
            if (kept.Count > 0 && kept[^1] is var previous && previous.End <= match.Start &&
                Alternative().IsMatch(text.AsSpan(previous.End, match.Start - previous.End)))
            {
                continue;
            }

            if (!kept.Exists(k => k.Category == match.Category))
            {
                kept.Add(match);
            }
        }

        return kept;
    }

    [GeneratedRegex(@"\b(?<key>solitary)\b(?!\s+(?:pairs?|groups?|herds?)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SolitaryAdjective();

    [GeneratedRegex(@"\b(?:lead|leads|leading|live|lives|living)\s+(?:a\s+)?(?:\w+\s+)?(?<key>solitary)\s+(?:life|lives|existence|lifestyle)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SolitaryLife();

    [GeneratedRegex(@"\b(?:live|lives|living|lived|travel|travels|traveling|travelling|forage|forages|foraging|roam|roams|roaming|move|moves|moving|hunt|hunts|feed|feeds|feeding|rest|rests|wander|wanders|wandering|found|seen|encountered|are|is)\s+(?:\w+ly\s+){0,2}(?<key>alone)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Alone();

    [GeneratedRegex(@"\b(?<key>gregarious)\b|\b(?:is|are)\s+(?:\w+ly\s+)?(?<key>social)\s+(?:animals|creatures|species|mammals|birds)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Gregarious();

    [GeneratedRegex(@"\b(?:live|lives|living|found|travel|travels|traveling|travelling|move|moves|moving|roam|roams|roaming|occur|occurs|gather|gathers|gathering|congregate|congregates|form|forms|forming|seen|graze|grazes|grazing|feed|feeds|forage|forages)\s+(?:\w+ly\s+)?(?:in\s+)?(?:(?!(?:of|with|and|or|but|the|their|its|to|by)\b)[\w-]+\s+){0,2}(?<key>groups|herds|packs|troops|colonies|flocks|prides|pods|bands|clans|harems|sounders|coveys|families)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex InGroups();

    [GeneratedRegex(@"\b(?:live|lives|living|found|travel|travels|traveling|travelling|seen|occur|occurs|forage|forages|move|moves|moving)\s+(?:\w+ly\s+)?in\s+(?:monogamous\s+|mated\s+|breeding\s+)?(?<key>pairs)\b|\b(?:form|forms|forming)\s+(?:lifelong\s+|monogamous\s+|long-term\s+|stable\s+)?(?<key>pair[\s-]+bonds|pairs)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex InPairs();

    [GeneratedRegex(@"\b(?<key>monogamous)\b(?!\s+pairs\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Monogamous();

    [GeneratedRegex(@"^\W*(?:\w+\W+){0,2}?or\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Alternative();
}
