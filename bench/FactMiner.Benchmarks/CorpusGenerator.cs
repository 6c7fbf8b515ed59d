using System.Globalization;
using System.Text;

namespace FactMiner.Benchmarks;

/// <summary>
/// A large, deterministic, scraped-style English corpus about species: measurement-heavy sentences in many
/// notations, abbreviations, heading debris, and paragraphs separated by blank lines.
/// </summary>
internal static class CorpusGenerator
{
    /// <summary>About <paramref name="approximateChars"/> characters (a paragraph more at most); the same for the same seed.</summary>
    public static string Generate(int approximateChars, int seed = 42)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(approximateChars);
        var random = new Random(seed);
        var builder = new StringBuilder(approximateChars + 4096);
        while (builder.Length < approximateChars)
        {
            AppendParagraph(builder, random);
        }

        return builder.ToString();
    }

    /// <summary>
    /// A document about one species as a real collection has them: every paragraph about the same animal, named with a
    /// regional modifier ("siberian koala") so that many documents make many subjects, not a few enormous ones. Like
    /// real pages, most of its sentences carry no measurement (the share is set so a megabyte holds about as many claims
    /// as the user's sample does), and the figures it gives mostly agree with each other: about one in
    /// <see cref="OutlierOneIn"/> is off by a factor of two or more, or slipped by ten, for reconciliation to catch.
    /// </summary>
    public static string GenerateDocument(int approximateChars, int documentIndex)
    {
        var random = new Random(documentIndex);
        var species = CorpusTemplates.Species[documentIndex % CorpusTemplates.Species.Length];
        var modifier = RegionalModifiers[documentIndex / CorpusTemplates.Species.Length % RegionalModifiers.Length];
        var named = species with { Common = $"{modifier} {species.Common}" };
        var builder = new StringBuilder(approximateChars + 4096);
        while (builder.Length < approximateChars)
        {
            AppendParagraph(builder, random, named, ProseShare, Agreeing, stableFigures: true);
        }

        return builder.ToString();
    }

    /// <summary>Share of a document's sentences that are number-free prose.</summary>
    private const double ProseShare = 0.6;

    private const int OutlierOneIn = 40;

    /// <summary>Figures copied between pages agree within a few percent; a few are wrong.</summary>
    private static double Agreeing(Random random) => random.Next(OutlierOneIn) switch
    {
        0 => random.Next(3) switch { 0 => 10, 1 => 0.4, _ => 2.5 },
        _ => 0.97 + (random.NextDouble() * 0.06),
    };

    private static readonly string[] RegionalModifiers =
    [
        "northern", "southern", "eastern", "western", "highland", "lowland", "coastal", "island", "desert", "mountain",
        "forest", "river", "andean", "alpine", "arctic", "tropical", "himalayan", "siberian", "amur", "sumatran",
        "bornean", "javan", "bengal", "malayan", "caspian", "persian", "arabian", "barbary", "congo", "nile",
        "kalahari", "namib", "tibetan", "mongolian", "gobi", "balkan", "iberian", "anatolian", "ussuri", "yunnan",
    ];

    /// <summary>Writes <see cref="Generate"/>'s corpus as UTF-8 without a byte-order mark.</summary>
    public static void WriteFile(string path, int approximateChars, int seed = 42) =>
        File.WriteAllText(path, Generate(approximateChars, seed), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    private static void AppendParagraph(StringBuilder builder, Random random) =>
        AppendParagraph(builder, random, CorpusTemplates.Species[random.Next(CorpusTemplates.Species.Length)], proseShare: 0, Jitter, stableFigures: false);

    private static void AppendParagraph(
        StringBuilder builder,
        Random random,
        SpeciesFigures species,
        double proseShare,
        Func<Random, double> spread,
        bool stableFigures)
    {
        if (random.Next(6) == 0)
        {
            builder.Append(Pick(random, CorpusTemplates.Debris)).Append('\n');
        }

        var sentences = random.Next(1, 7);
        for (var i = 0; i < sentences; i++)
        {
            if (i > 0)
            {
                // Scraped text joins sentences with one space, two, or a bare line break.
                builder.Append(random.Next(10) switch { 0 => "  ", 1 => "\n", _ => " " });
            }

            var template = proseShare > 0 && random.NextDouble() < proseShare ? Pick(random, CorpusTemplates.Prose) : Pick(random, CorpusTemplates.Sentences);
            TemplateText.Fill(builder, template, (b, slot) => AppendSlot(b, slot, species, random, spread, stableFigures));
            if (random.Next(25) == 0)
            {
                builder.Append('[').Append(random.Next(1, 40)).Append(']');
            }
        }

        builder.Append("\n\n");
    }

    private static void AppendSlot(
        StringBuilder builder,
        string slot,
        SpeciesFigures species,
        Random random,
        Func<Random, double> spread,
        bool stableFigures)
    {
        // A document's counts, speeds, areas, durations and status are its species' own, the same on every page that gives them.
        var values = stableFigures ? new Random(StableSeed(species.Common, slot)) : random;
        switch (slot)
        {
            case "Name":
                builder.Append(char.ToUpperInvariant(species.Common[0])).Append(species.Common, 1, species.Common.Length - 1);
                break;
            case "name":
                builder.Append(species.Common);
                break;
            case "sci":
                builder.Append(species.Scientific);
                break;
            case "height":
                AppendLength(builder, species.HeightCm * spread(random), random);
                break;
            case "length":
                AppendLength(builder, species.LengthCm * spread(random), random);
                break;
            case "shoulder" or "coat" or "tusk" or "track":
                AppendLength(builder, species.HeightCm * PartOfSize(slot) * spread(random), random);
                break;
            case "tail":
                AppendLength(builder, species.LengthCm * PartOfSize(slot) * spread(random), random);
                break;
            case "feet":
                AppendFeet(builder, species.HeightCm * spread(random), random);
                break;
            case "shoulderfeet":
                AppendFeet(builder, species.HeightCm * PartOfSize("shoulder") * spread(random), random);
                break;
            case "mass":
                AppendMass(builder, species.MassKg * spread(random), random);
                break;
            case "birthmass":
                // A newborn hoofed mammal weighs some 5-8 % of its mother.
                AppendMass(builder, species.MassKg * 0.07 * spread(random), random);
                break;
            case "area":
                AppendArea(builder, random, values);
                break;
            case "speed":
                builder.AppendFormat(CultureInfo.InvariantCulture, Pick(random, ["{0} km/h", "{0}km/h", "{0} mph", "{0} m/s", "about {0} kilometres per hour"]), values.Next(8, 90));
                break;
            case "pct":
                builder.AppendFormat(CultureInfo.InvariantCulture, Pick(random, ["{0}%", "{0} %", "~{0}%", "{0} percent", "{0}–{1}%"]), values.Next(5, 60), values.Next(61, 95));
                break;
            case "year":
                builder.Append(random.Next(1850, 2024));
                break;
            case "decade":
                builder.Append(random.Next(185, 202) * 10).Append('s');
                break;
            case "count":
                AppendCount(builder, random, values);
                break;
            case "life":
                builder.AppendFormat(CultureInfo.InvariantCulture, Pick(random, ["{0}-{1} years", "{0}–{1} yrs", "up to {1} years", "about {0} years"]), values.Next(3, 12), values.Next(12, 30));
                break;
            case "gestation":
                builder.AppendFormat(CultureInfo.InvariantCulture, Pick(random, ["{0}-{1} days", "{0} days", "about {2} months", "{2} to {3} months"]), values.Next(100, 180), values.Next(180, 250), values.Next(3, 6), values.Next(6, 9));
                break;
            case "elevation":
                builder.AppendFormat(CultureInfo.InvariantCulture, Pick(random, ["{0:N0}-{1:N0} m", "{0:N0}–{1:N0} metres", "{1:N0} ft", "above {0:N0}m"]), values.Next(8, 30) * 100, values.Next(30, 55) * 100);
                break;
            case "distance":
                builder.AppendFormat(CultureInfo.InvariantCulture, Pick(random, ["{0} km", "{0} miles", "{1} m", "{1}m"]), values.Next(1, 12), values.Next(100, 900));
                break;
            case "small":
                builder.Append(random.Next(10, 45));
                break;
            case "smallrange":
                builder.AppendFormat(CultureInfo.InvariantCulture, Pick(random, ["{0}-{1}", "{0}–{1}", "{0} to {1}", "{0} or {1}"]), random.Next(1, 3), random.Next(3, 6));
                break;
            case "ordinal":
                builder.Append(Pick(random, ["2nd", "3rd", "4th", "21st", "second", "third"]));
                break;
            case "money":
                builder.AppendFormat(CultureInfo.InvariantCulture, Pick(random, ["${0}", "US${1:N0}", "€{0}", "£{0}", "{0} dollars"]), random.Next(5, 500), random.Next(1000, 60000));
                break;
            case "time":
                builder.Append(random.Next(5, 12)).Append(':').Append(random.Next(0, 6)).Append(random.Next(0, 10));
                break;
            case "place":
                builder.Append(Pick(random, CorpusTemplates.Places));
                break;
            case "authority":
                builder.Append(Pick(random, CorpusTemplates.Authorities));
                break;
            case "status":
                builder.Append(Pick(values, CorpusTemplates.Statuses));
                break;
            case "month":
                builder.Append(Pick(random, CorpusTemplates.Months));
                break;
            case "abbr":
                builder.Append(Pick(random, CorpusTemplates.Abbreviations));
                break;
            default:
                throw new InvalidOperationException($"Unknown corpus template slot '{{{slot}}}'.");
        }
    }

    private static void AppendLength(StringBuilder builder, double cm, Random random)
    {
        var low = Math.Max(1, (int)Math.Round(cm * 0.85));
        var high = Math.Max(low + 1, (int)Math.Round(cm * 1.15));
        var format = random.Next(12) switch
        {
            0 => "{0}cm",
            1 => "{0} cm",
            2 => "about {0}cm",
            3 => "{0}-{1} cm",
            4 => "{0}–{1}cm",
            5 => "{2:0.0#} m",
            6 => "{3} inches",
            7 => "{3} 1/2 inches",
            8 => "~{0} cm",
            9 => "{0} centimetres ({3} in)",
            10 => "{3}-inch",
            _ => "{2:0.##}m",
        };
        builder.AppendFormat(CultureInfo.InvariantCulture, format, low, high, cm / 100, Math.Max(1, (int)Math.Round(cm / 2.54)));
    }

    private static void AppendFeet(StringBuilder builder, double cm, Random random)
    {
        var inches = Math.Max(1, (int)Math.Round(cm / 2.54));
        var format = random.Next(3) switch { 0 => "{0}'{1}\"", 1 => "{0} ft {1} in", _ => "{0}′{1}″" };
        builder.AppendFormat(CultureInfo.InvariantCulture, format, inches / 12, inches % 12);
    }

    private static void AppendMass(StringBuilder builder, double kg, Random random)
    {
        var low = Math.Max(1, (int)Math.Round(kg * 0.8));
        var high = Math.Max(low + 1, (int)Math.Round(kg * 1.3));
        var pounds = Math.Max(1, (int)Math.Round(kg * 2.2046));
        var format = random.Next(10) switch
        {
            0 => "{0}-{1} kg",
            1 => "{0}kg",
            2 => "{2}-{3} pounds",
            3 => "{2}lbs",
            4 => "{2} lb.",
            5 => "{4:0.0} kg",
            6 => "{5:N0} g",
            7 => "{0} to {1} kilograms",
            8 => "{2:N0}–{3:N0} lb",
            _ => "c. {0} kg",
        };
        builder.AppendFormat(
            CultureInfo.InvariantCulture, format, low, high, pounds, (int)(pounds * 1.4) + 1, kg, (int)(kg * 1000));
    }

    private static void AppendArea(StringBuilder builder, Random random, Random values)
    {
        var km2 = values.Next(5, 400) * 10;
        var format = random.Next(6) switch
        {
            0 => "{0:N0} km²",
            1 => "{0:N0} km2",
            2 => "{0:N0} sq. km",
            3 => "{1:N0} ha",
            4 => "{2:N0} square miles",
            _ => "{0:N0}km²",
        };
        builder.AppendFormat(CultureInfo.InvariantCulture, format, km2, km2 * 100, (int)(km2 / 2.59) + 1);
    }

    private static void AppendCount(StringBuilder builder, Random random, Random values)
    {
        var format = random.Next(4) switch { 0 => "{0:N0}", 1 => "{1}", 2 => "{2:N0}", _ => "about {0:N0}" };
        builder.AppendFormat(CultureInfo.InvariantCulture, format, values.Next(1, 3000) * 10, values.Next(2, 900), values.Next(1, 2000) * 1000);
    }

    /// <summary>Parts of an animal as a share of its height (the tail: of its length).</summary>
    private static double PartOfSize(string part) => part switch
    {
        "shoulder" => 0.9,
        "tail" => 0.25,
        "coat" => 0.06,
        "tusk" => 0.1,
        _ => 0.08,
    };

    private static int StableSeed(string species, string slot)
    {
        var seed = 17;
        foreach (var c in species + "/" + slot)
        {
            seed = unchecked((seed * 31) + c);
        }

        return seed;
    }

    /// <summary>Spread around the species' typical value so numbers vary (the segmentation corpus, where agreement does not matter).</summary>
    private static double Jitter(Random random) => 0.7 + (random.NextDouble() * 0.6);

    private static string Pick(Random random, string[] choices) => choices[random.Next(choices.Length)];
}
