using System.Buffers;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using FactMiner.Core.Model;

namespace FactMiner.Core.Extraction;

/// <summary>Reads when an animal is active. "Most active between dusk and dawn" and "at dawn and dusk" are crepuscular,
/// "active at night" nocturnal, "active mainly during the day" diurnal, "active day and night" cathemeral; a hedge
/// ("sometimes active during the day") or negation makes no claim, and an adjective on another noun ("nocturnal
/// predators") is not said of the subject.</summary>
internal static partial class ActivityPatternReader
{
    /// <summary>The patterns in the order they are tried, each with its category.</summary>
    private static readonly (GatedPattern Pattern, string Category)[] Patterns =
    [
        (new(Cathemeral(), "cathemeral", "active"), "cathemeral"),
        (new(Crepuscular(), "crepuscular", "active", "feed", "forage", "graze", "emerge"), "crepuscular"),
        (new(Nocturnal(), "nocturnal", "active", "feed", "forage", "hunt", "graze"), "nocturnal"),
        (new(Diurnal(), "diurnal", "active", "feed", "forage", "hunt", "graze"), "diurnal"),
    ];

    internal static IEnumerable<GatedPattern> GatedPatterns => Patterns.Select(p => p.Pattern);

    /// <summary>Every pattern needs one of these at the start of a word: the pattern adjectives or a verb of activity.</summary>
    private static readonly SearchValues<string> Cues = GatedPattern.AnyCueOf(GatedPatterns);

    /// <summary>False when the text holds none of the words every match needs: most sentences skip the patterns.</summary>
    public static bool MayMatch(ReadOnlySpan<char> text) => WordStartCues.AnyAt(text, Cues);

    public static IEnumerable<CategoricalMatch> Read(ClauseReader reader)
    {
        var taken = new List<(int Start, int End)>();
        var found = new List<CategoricalMatch>();
        foreach (var (pattern, category) in Patterns)
        {
            foreach (var match in pattern.Matches(reader.Text))
            {
                if (taken.Exists(t => match.Index < t.End && t.Start < match.Index + match.Length))
                {
                    continue;
                }

                var word = reader.WordAt(match.Index);
                if (reader.IsNegatedOrHedged(word) || reader.IsConditional(word) || !SaidOfSubject(reader, word))
                {
                    continue;
                }

                taken.Add((match.Index, match.Index + match.Length));
                found.Add(new CategoricalMatch(
                    CategoricalVocabulary.ActivityPattern, category, match.Index, match.Index + match.Length, null, null,
                    reader.QualifiersAt(word)));
            }
        }

        CategoricalMatches.SortByStart(found);
        CategoricalMatches.KeepFirstPerCategory(found);
        return found;
    }

    /// <summary>Adjectives and "active" must be predicated of the subject; a verb of feeding carries its own subject.</summary>
    private static bool SaidOfSubject(ClauseReader reader, int word) =>
        reader.IsWord(word, "feed", "feeds", "forage", "forages", "hunt", "hunts", "graze", "grazes", "browse", "browses",
            "emerge", "emerges") || reader.IsPredicative(word);

    [GeneratedRegex(@"\bcathemeral\b|\bactive\b(?:\s+\w+){0,2}?\s+(?:both\s+)?(?:(?:by\s+|during\s+the\s+)?day\s+and\s+(?:by\s+|at\s+)?night|night\s+and\s+day|around\s+the\s+clock|at\s+all\s+(?:hours|times)|at\s+any\s+time\s+of\s+(?:the\s+)?(?:day|night)|throughout\s+the\s+(?:day\s+and\s+night|24\s+hours))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Cathemeral();

    [GeneratedRegex(@"\bcrepuscular\b|\b(?:active|feed|feeds|forage|forages|graze|grazes|emerge|emerges)\b(?:\s+(?:mainly|mostly|primarily|chiefly|largely|predominantly|usually|generally|typically|especially|particularly|only))?\s+(?:at|during|around|between|in\s+the)\s+(?:the\s+)?(?:dawn\s+and\s+(?:at\s+)?dusk|dusk\s+and\s+(?:at\s+)?dawn|twilight|early\s+morning\s+and\s+(?:late\s+)?(?:afternoon|evening)|morning\s+and\s+evening|dawn|dusk)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Crepuscular();

    [GeneratedRegex(@"\bnocturnal\b|\b(?:active|feed|feeds|forage|forages|hunt|hunts|graze|grazes)\b(?:\s+(?:mainly|mostly|primarily|chiefly|largely|predominantly|usually|generally|typically|only|exclusively))?\s+(?:at\s+night|during\s+the\s+night|by\s+night|after\s+dark|nocturnally|at\s+nighttime|in\s+the\s+night)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Nocturnal();

    [GeneratedRegex(@"\bdiurnal\b|\b(?:active|feed|feeds|forage|forages|hunt|hunts|graze|grazes)\b(?:\s+(?:mainly|mostly|primarily|chiefly|largely|predominantly|usually|generally|typically|only|exclusively))?\s+(?:during\s+the\s+(?:day|daytime)|by\s+day|in\s+the\s+daytime|during\s+daylight(?:\s+hours)?|in\s+daylight)\b(?!\s+(?:and|or)\s+(?:at\s+|by\s+|during\s+the\s+)?night)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Diurnal();
}
