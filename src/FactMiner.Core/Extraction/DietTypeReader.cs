using System.Buffers;
using System.Text.RegularExpressions;
using FactMiner.Core.Model;

namespace FactMiner.Core.Extraction;

/// <summary>Reads what an animal eats: stated outright ("is a herbivore", "carnivorous") or from the food it is said to eat
/// ("feeds on grasses and lichens" is herbivore; plants and animals together omnivore). "Preyed on by", "eaten by" and
/// "carnivores such as wolves" say nothing of the subject's own diet.</summary>
internal static partial class DietTypeReader
{
    private static readonly GatedPattern StatedDiet = new(Stated(),
        "herbivor", "folivor", "frugivor", "granivor", "grazer", "browser", "plant-eat", "carnivor", "hypercarnivor", "piscivor", "meat-eat", "omnivor", "insectivor", "myrmecophag");

    private static readonly GatedPattern EatenFood = new(Eats(),
        "prey", "feed", "graz", "brows", "subsist", "live", "relies", "relying", "depend", "eat", "consum", "hunt", "diet", "food");

    internal static IEnumerable<GatedPattern> GatedPatterns => [StatedDiet, EatenFood];

    /// <summary>Every pattern below needs one of these at the start of a word: a diet noun or a verb of feeding.</summary>
    private static readonly SearchValues<string> Cues = GatedPattern.AnyCueOf(GatedPatterns);

    /// <summary>False when the text holds none of the words every match needs: most sentences skip the patterns.</summary>
    public static bool MayMatch(ReadOnlySpan<char> text) => WordStartCues.AnyAt(text, Cues);

    public static IEnumerable<CategoricalMatch> Read(ClauseReader reader)
    {
        var found = new List<CategoricalMatch>();
        foreach (var match in StatedDiet.Matches(reader.Text))
        {
            var word = reader.WordAt(match.Index);
            if (!reader.IsNegatedOrHedged(word) && !reader.IsConditional(word) && reader.IsPredicative(word))
            {
                var category = match.Groups["herb"].Success ? "herbivore"
                    : match.Groups["carn"].Success ? "carnivore"
                    : match.Groups["omni"].Success ? "omnivore"
                    : "insectivore";
                found.Add(Claim(reader, category, match, word));
            }
        }

        foreach (var match in EatenFood.Matches(reader.Text))
        {
            var word = reader.WordAt(match.Index);
            if (reader.IsNegatedOrHedged(word) || reader.IsConditional(word) || found.Exists(f => f.Start < match.Index + match.Length && match.Index < f.End))
            {
                continue;
            }

            var category = match.Groups["prey"].Success ? "carnivore" : CategoryOfFoods(match.Groups["list"].Value);
            if (category is not null)
            {
                found.Add(Claim(reader, category, match, word));
            }
        }

        CategoricalMatches.KeepFirstPerCategory(found);
        CategoricalMatches.SortByStart(found);
        return found;
    }

    private static CategoricalMatch Claim(ClauseReader reader, string category, Match match, int word) =>
        new(CategoricalVocabulary.DietType, category, match.Index, match.Index + match.Length, null, null, reader.QualifiersAt(word));

    /// <summary>Plants only: herbivore; insects only: insectivore; other animals (with or without insects): carnivore;
    /// plants with any animal food: omnivore; nothing recognised: no claim.</summary>
    private static string? CategoryOfFoods(string list)
    {
        bool plant = false, insect = false, animal = false;
        foreach (var word in SentenceWord.Scan(list))
        {
            switch (FoodWords.Of(word.In(list)))
            {
                case FoodWords.Kind.Plant:
                    plant = true;
                    break;
                case FoodWords.Kind.Insect:
                    insect = true;
                    break;
                case FoodWords.Kind.Animal:
                    animal = true;
                    break;
            }
        }

        return (plant, insect, animal) switch
        {
            (true, false, false) => "herbivore",
            (true, _, _) => "omnivore",
            (false, true, false) => "insectivore",
            (false, _, true) => "carnivore",
            _ => null,
        };
    }

    [GeneratedRegex(@"\b(?:(?<herb>herbivor(?:e|es|ous)|folivor(?:e|es|ous)|frugivor(?:e|es|ous)|granivor(?:e|es|ous)|grazers?|browsers?|plant-eat(?:er|ers|ing))|(?<carn>carnivor(?:e|es|ous)|hypercarnivor(?:e|es|ous)|piscivor(?:e|es|ous)|meat-eat(?:er|ers|ing))|(?<omni>omnivor(?:e|es|ous))|(?<ins>insectivor(?:e|es|ous)|myrmecophag(?:e|es|ous)))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Stated();

    /// <summary>A feeding verb and the food list that follows it, up to the end of its clause.</summary>
    [GeneratedRegex(@"\b(?:(?<prey>preys?|preying)\s+(?:\w+ly\s+)?(?:on|upon)\b(?!\s+by\b)|(?:(?:feeds?|feeding|grazes?|grazing|browses?|browsing|subsists?|subsisting|lives?|relies|relying|depends?)\s+(?:(?:\w+ly|almost|nearly|only)\s+){0,2}(?:on|upon)|(?:eats?|eating|consumes?|consuming|hunts?)(?:\s+\w+ly){0,2}|diet\s+(?:consists?\s+(?:\w+ly\s+)?of|is\s+composed\s+(?:\w+ly\s+)?of|is\s+made\s+up\s+(?:\w+ly\s+)?of|includes?|comprises?|is(?:\s+\w+ly)?)|(?:food|foods)\s+(?:is|are|includes?|consists?\s+of))\b(?!\s+by\b))(?<list>[^.;]*?)(?=[.;]|\bbut\b|\bwhile\b|\bwhereas\b|\bwhich\b|\balthough\b|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Eats();
}
