using System.Globalization;
using System.Text;

namespace FactMiner.Benchmarks;

/// <summary>
/// Deterministic measurement-rich sentences about species (values, ranges, units in many notations, qualifiers,
/// conversions, counts), and number-free sentences of the same style, for the extraction benchmarks.
/// </summary>
internal static class MeasurementSentences
{
    private static readonly string[] Species =
    [
        "musk deer", "snow leopard", "wild yak", "Himalayan tahr", "red panda", "takin", "argali", "saiga antelope",
        "Siberian musk deer", "markhor", "clouded leopard", "Bactrian camel", "Tibetan antelope", "goral", "serow",
    ];

    private static readonly string[] Templates =
    [
        "A {s} is about {len} tall and has a shoulder height of about {len}.",
        "Adult {s} weigh {mass}, and females are slightly smaller.",
        "The {s} is {approx} {len} long, with a tail of {len}.",
        "Males weigh between {n} and {n2} kg, females {n}-{n2} kg.",
        "It weighs {n}–{n2} kg ({n3}–{n4} lb) and stands {n} cm at the shoulder.",
        "In {year} the population was estimated at {big} individuals.",
        "Fewer than {big} mature individuals remain in the wild.",
        "Gestation lasts {n}-{n2} days, and females give birth to one or two young.",
        "It lives up to {n} years in captivity and about {n} years in the wild.",
        "The {s} is found at elevations of {big} to {big2} m above sea level.",
        "It can run at speeds of up to {n} km/h over short distances.",
        "Home ranges cover {n} km2, and about {n}% of them overlap.",
        "Hunters kill three to five {s} to obtain a single male with approximately {n} grams of raw musk.",
        "The {s} weighs {approx} {n} pounds and measures {n} ft {n5} in from nose to tail.",
        "A {n}-inch tusk and a six-mile trip were reported in {year}.",
        "Newborn calves weigh {n} kg at birth and are weaned at {n} months.",
        "The body measures 75 cm to 1.2 m, the tail {n} to {n2} cm.",
        "Litters of {n5}-{n6} cubs are born after {n} weeks.",
        "The {s} (Smith, {year}) weighs c. {n} kg and is {n}'{n5}\" tall.",
        "Numbers fell by {n}% between {year} and {year2}, to some {big} animals.",
    ];

    private static readonly string[] PlainSentences =
    [
        "The {s} is found in the Himalayas, eastern Asia and Siberia.",
        "Except for a female and her young, the {s} is solitary outside of the rutting season.",
        "The {s} is strongly territorial and reclusive, mostly traveling alone or in solitary pairs.",
        "Populations of the {s} are declining throughout their distribution.",
        "Secretions from the scent gland of the male {s} are used in traditional medicines.",
        "Habitat destruction poses a threat to {s} populations across their range.",
        "The {s} is primarily active at night, although it may feed at dusk and dawn.",
        "Illegal hunting to meet commercial demand is believed to be responsible for dramatic declines.",
    ];

    /// <summary><paramref name="count"/> sentences that each state one or more measurements.</summary>
    public static string[] WithMeasurements(int count, int seed = 7) => Generate(Templates, count, seed);

    /// <summary><paramref name="count"/> sentences with no number at all.</summary>
    public static string[] WithoutNumbers(int count, int seed = 11) => Generate(PlainSentences, count, seed);

    private static string[] Generate(string[] templates, int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        var sentences = new string[count];
        var builder = new StringBuilder(256);
        for (var i = 0; i < count; i++)
        {
            builder.Clear();
            TemplateText.Fill(builder, templates[random.Next(templates.Length)], (b, slot) => b.Append(Slot(slot, random)));
            sentences[i] = builder.ToString();
        }

        return sentences;
    }

    private static string Slot(string slot, Random random) => slot switch
    {
        "s" => Species[random.Next(Species.Length)],
        "len" => random.Next(4) switch
        {
            0 => Number(random, 20, 150) + "cm",
            1 => Number(random, 20, 150) + " cm",
            2 => (random.Next(5, 30) / 10.0).ToString(CultureInfo.InvariantCulture) + " m",
            _ => Number(random, 5, 60) + " inches",
        },
        "mass" => random.Next(3) switch
        {
            0 => Number(random, 5, 80) + "-" + Number(random, 81, 200) + " kg",
            1 => "up to " + Number(random, 20, 400) + " pounds",
            _ => Number(random, 5, 80) + " to " + Number(random, 81, 200) + " lbs.",
        },
        "approx" => random.Next(5) switch { 0 => "about", 1 => "approximately", 2 => "roughly", 3 => "nearly", _ => "some" },
        "n" or "n3" => Number(random, 2, 60),
        "n2" or "n4" => Number(random, 61, 120),
        "n5" => Number(random, 1, 5),
        "n6" => Number(random, 6, 9),
        "big" => random.Next(1_000, 9_000).ToString("N0", CultureInfo.InvariantCulture),
        "big2" => random.Next(9_000, 20_000).ToString("N0", CultureInfo.InvariantCulture),
        "year" => random.Next(1960, 2000).ToString(CultureInfo.InvariantCulture),
        "year2" => random.Next(2000, 2024).ToString(CultureInfo.InvariantCulture),
        _ => slot,
    };

    private static string Number(Random random, int min, int max) =>
        random.Next(min, max + 1).ToString(CultureInfo.InvariantCulture);
}
