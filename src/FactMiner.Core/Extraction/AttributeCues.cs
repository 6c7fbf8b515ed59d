using System.Collections.Frozen;
using FactMiner.Core.Model;

namespace FactMiner.Core.Extraction;

/// <summary>
/// Chooses the contract attribute of a value from the words around it: the strongest cue that fits the value's quantity
/// wins, the nearest among equals; with no cue, the quantity's own default (a mass is a weight, a speed a speed).
/// </summary>
internal static class AttributeCues
{
    /// <summary>The strength of cues that name what a value is (<c>population</c>, <c>litter</c>) rather than hint at it (<c>numbers</c>, <c>gives birth</c>).</summary>
    public const byte Specific = 3;

    private static readonly WordMap<AttributeCue[]> Cues = Build();

    /// <summary>What a mass is when it is "of" something: a product (<c>25 grams of raw musk</c>) is a yield.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Products = new[]
    {
        "musk", "wool", "cashmere", "fibre", "fiber", "fleece", "milk", "meat", "velvet", "honey", "ivory", "oil", "silk",
        "venom", "bile", "down", "fur", "hide", "hides", "leather", "antler", "antlers", "horn", "pelts", "skins", "butter",
        "cheese", "fat", "blubber", "guano", "dung", "manure", "caviar", "roe",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The attribute of a value spanning tokens <c>[start, end)</c>, looking no further back than <paramref name="floor"/> nor ahead than <paramref name="ceiling"/>.</summary>
    /// <param name="suffix">An adjective glued to the unit (<c>old</c> in <c>28-year-old</c>), which is the nearest cue of all.</param>
    /// <param name="fromCue">False when no word fitted and the quantity's default was returned.</param>
    public static string Choose(in SentenceTokens tokens, string quantity, int start, int textEnd, int end, int floor, int ceiling, string suffix, out bool fromCue)
    {
        fromCue = true;
        switch (quantity)
        {
            case Quantities.Speed:
                return NumericAttributes.Speed;
            case Quantities.Area:
                return NumericAttributes.Area;
            case Quantities.Ratio:
                return NumericAttributes.Percentage;
        }

        var mask = QuantityMasks.Of(quantity);
        if (quantity == Quantities.Mass && ProductFollows(tokens, textEnd, ceiling, out var isProduct))
        {
            return isProduct ? NumericAttributes.Yield : NumericAttributes.Other;
        }

        AttributeCue best = default;
        var bestDistance = int.MaxValue;
        if (suffix.Length > 0 && Cues.TryGetValue(suffix, out var suffixCues))
        {
            Consider(suffixCues, mask, CueSide.After, 0, ref best, ref bestDistance);
        }

        var low = ClauseWindow.Low(start, floor);
        for (var i = start - 1; i >= low && !ClauseWindow.EndsBackward(tokens, i); i--)
        {
            ConsiderToken(tokens, i, mask, CueSide.Before, start - i, ref best, ref bestDistance);
        }

        var high = ClauseWindow.High(end, ceiling);
        for (var i = end; i < high && !ClauseWindow.EndsForward(tokens, i); i++)
        {
            ConsiderToken(tokens, i, mask, CueSide.After, i - end + 1, ref best, ref bestDistance);
        }

        if (best.Attribute is not null)
        {
            return best.Attribute;
        }

        fromCue = false;
        return quantity switch
        {
            Quantities.Mass => NumericAttributes.Weight,
            Quantities.Count => NumericAttributes.Count,
            _ => NumericAttributes.Other,
        };
    }

    /// <summary>True when a cue for <paramref name="attribute"/> stands within the window (used for counts without a noun).</summary>
    public static bool HasCue(in SentenceTokens tokens, string attribute, int start, int end, int floor, int ceiling, byte minStrength)
    {
        var low = ClauseWindow.Low(start, floor);
        for (var i = start - 1; i >= low && !ClauseWindow.EndsBackward(tokens, i); i--)
        {
            if (Names(tokens, i, attribute, CueSide.Before, minStrength))
            {
                return true;
            }
        }

        var high = ClauseWindow.High(end, ceiling);
        for (var i = end; i < high && !ClauseWindow.EndsForward(tokens, i); i++)
        {
            if (Names(tokens, i, attribute, CueSide.After, minStrength))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Names(in SentenceTokens tokens, int index, string attribute, CueSide side, byte minStrength)
    {
        if (!tokens.IsWord(index) || !Cues.TryGetValue(tokens[index], out var cues))
        {
            return false;
        }

        foreach (var cue in cues)
        {
            if (cue.Attribute == attribute && cue.Strength >= minStrength && (cue.Side == CueSide.Either || cue.Side == side))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ProductFollows(in SentenceTokens tokens, int end, int ceiling, out bool isProduct)
    {
        isProduct = false;
        if (!tokens.Is(end, "of") || end + 1 >= ceiling || !tokens.IsWord(end + 1))
        {
            return false;
        }

        for (var i = end + 1; i < Math.Min(ceiling, end + 4) && tokens.IsWord(i); i++)
        {
            if (Products.Contains(tokens[i]))
            {
                isProduct = true;
                return true;
            }
        }

        // "5 kg of grass" is an amount of something, not the animal's weight.
        return !tokens.IsAny(end + 1, "the", "its") && !tokens.IsAny(end + 1, "their", "body");
    }

    private static void ConsiderToken(in SentenceTokens tokens, int index, QuantityMask mask, CueSide side, int distance, ref AttributeCue best, ref int bestDistance)
    {
        if (!tokens.IsWord(index))
        {
            return;
        }

        var word = tokens[index];
        if (IsNoseToTail(tokens, index))
        {
            // "from nose to tail" measures the whole animal, not its tail.
            Consider(NoseToTail, mask, side, distance, ref best, ref bestDistance);
            return;
        }

        if (Cues.TryGetValue(word, out var cues))
        {
            Consider(cues, mask, side, distance, ref best, ref bestDistance);
            return;
        }

        if (word.Contains('-'))
        {
            // "head-and-body", "snout-vent": each part may be a cue.
            foreach (var range in word.Split('-'))
            {
                if (Cues.TryGetValue(word[range], out var partCues))
                {
                    Consider(partCues, mask, side, distance, ref best, ref bestDistance);
                }
            }
        }
    }

    private static readonly AttributeCue[] NoseToTail = [new(NumericAttributes.BodyLength, QuantityMask.Length, Specific, CueSide.Either)];

    private static bool IsNoseToTail(in SentenceTokens tokens, int index) =>
        tokens.IsAny(index, "tail", "tail-tip") && tokens.Is(index - 1, "to")
        && (tokens.IsAny(index - 2, "nose", "snout") || tokens.IsAny(index - 2, "head", "muzzle"));

    private static void Consider(AttributeCue[] cues, QuantityMask mask, CueSide side, int distance, ref AttributeCue best, ref int bestDistance)
    {
        foreach (var cue in cues)
        {
            if ((cue.Quantities & mask) == 0 || (cue.Side != CueSide.Either && cue.Side != side))
            {
                continue;
            }

            if (best.Attribute is null || cue.Strength > best.Strength || (cue.Strength == best.Strength && distance < bestDistance))
            {
                best = cue;
                bestDistance = distance;
            }
        }
    }

    private static WordMap<AttributeCue[]> Build()
    {
        const QuantityMask L = QuantityMask.Length, M = QuantityMask.Mass, D = QuantityMask.Duration, C = QuantityMask.Count;
        var table = new Dictionary<string, List<AttributeCue>>(StringComparer.OrdinalIgnoreCase);

        void Add(string attribute, QuantityMask quantities, byte strength, CueSide side, params string[] words)
        {
            foreach (var word in words)
            {
                if (!table.TryGetValue(word, out var list))
                {
                    table[word] = list = [];
                }

                list.Add(new AttributeCue(attribute, quantities, strength, side));
            }
        }

        Add(NumericAttributes.Height, L, 1, CueSide.Either, "tall", "height", "heights", "stand", "stands", "standing", "stood");
        Add(NumericAttributes.Height, L, 1, CueSide.After, "high");
        Add(NumericAttributes.ShoulderHeight, L, 3, CueSide.Either, "shoulder", "shoulders", "withers");
        Add(NumericAttributes.BodyLength, L, 1, CueSide.Either, "long", "length", "lengths", "measure", "measures", "measuring", "measured");
        Add(NumericAttributes.BodyLength, L, 2, CueSide.Either, "body", "snout-vent", "svl", "head-body", "head-and-body");
        Add(NumericAttributes.TailLength, L, 3, CueSide.Either, "tail", "tails");
        Add(NumericAttributes.Other, L | M, 3, CueSide.Either,
            "horn", "horns", "antler", "antlers", "tusk", "tusks", "tooth", "teeth", "canine", "canines", "ear", "ears",
            "hoof", "hooves", "leg", "legs", "claw", "claws", "beak", "bill", "trunk", "neck", "hair", "hairs", "mane",
            "coat", "wingspan", "wingspread", "wing", "wings", "nest", "nests", "burrow", "burrows", "egg", "eggs",
            "footprint", "footprints", "track", "tracks", "pod", "pods", "gland", "glands", "skull", "brain", "heart");
        Add(NumericAttributes.Elevation, L, 3, CueSide.Either, "elevation", "elevations", "altitude", "altitudes", "asl", "a.s.l.", "level");
        Add(NumericAttributes.Distance, L, 2, CueSide.Either,
            "distance", "distances", "away", "north", "south", "east", "west", "northeast", "northwest", "southeast",
            "southwest", "north-east", "north-west", "south-east", "south-west", "northward", "southward", "travel",
            "travels", "traveled", "travelled", "traveling", "travelling", "walk", "walks", "walked", "migrate",
            "migrates", "migrated", "migration", "migrations", "dispersal", "disperse", "disperses", "dispersed",
            "journey", "journeys", "trip", "trips", "drive", "commute", "radius", "roam", "roams");
        Add(NumericAttributes.Distance, L, 1, CueSide.After, "from", "of");
        Add(NumericAttributes.Distance, L, 1, CueSide.Before, "within");
        Add(NumericAttributes.Other, L, 2, CueSide.Either,
            "deep", "depth", "depths", "dive", "dives", "diving", "wide", "width", "across", "diameter", "thick",
            "thickness", "girth", "circumference");
        Add(NumericAttributes.Weight, M, 1, CueSide.Either, "weigh", "weighs", "weighed", "weighing", "weight", "weights", "mass", "heavy", "heavier", "heaviest");
        Add(NumericAttributes.Yield, M, 2, CueSide.Before,
            "yield", "yields", "yielded", "yielding", "produce", "produces", "produced", "producing", "production",
            "obtain", "obtained", "harvest", "harvested", "harvests", "extract", "extracted", "contain", "contains", "containing");
        Add(NumericAttributes.Other, M, 2, CueSide.Either,
            "eat", "eats", "eating", "ate", "consume", "consumes", "consumed", "consuming", "consumption", "intake",
            "food", "diet", "feeds", "prey", "load", "loads", "carry", "carries", "carrying", "cargo", "payload");
        Add(NumericAttributes.Lifespan, D, 2, CueSide.Either,
            "live", "lives", "lived", "living", "lifespan", "lifespans", "life", "longevity", "survive", "survives", "expectancy", "lifetime");
        Add(NumericAttributes.Gestation, D, 3, CueSide.Either,
            "gestation", "gestational", "pregnancy", "pregnant", "gestate", "gestates", "incubation", "incubate", "incubates", "incubated");
        Add(NumericAttributes.Age, D, 2, CueSide.Either,
            "age", "aged", "ages", "mature", "maturity", "matures", "weaned", "weaning", "wean", "independence",
            "independent", "adulthood", "puberty");
        Add(NumericAttributes.Age, D, 2, CueSide.After, "old", "older", "birth");
        Add(NumericAttributes.Gestation, D, 2, CueSide.Before, "born");
        Add(NumericAttributes.Population, C, 3, CueSide.Either, "population", "populations", "subpopulation", "subpopulations", "census");
        Add(NumericAttributes.Population, C, 3, CueSide.After, "remain", "remaining", "left", "survive", "exist", "survived");
        Add(NumericAttributes.Population, C, 3, CueSide.Before, "numbers", "numbered", "totalled", "totaled");
        Add(NumericAttributes.Population, C, 2, CueSide.Before, "number", "totals");
        Add(NumericAttributes.LitterSize, C, 3, CueSide.Either, "litter", "litters", "clutch", "clutches", "brood", "broods");
        Add(NumericAttributes.LitterSize, C, 2, CueSide.Before, "birth", "bear", "bears", "bore", "lays", "lay", "laid", "produce", "produces", "produced", "whelp", "whelps", "farrow");
        Add(NumericAttributes.LitterSize, C, 2, CueSide.After, "born");

        return new(table.Select(pair => KeyValuePair.Create(pair.Key, pair.Value.ToArray())));
    }
}
