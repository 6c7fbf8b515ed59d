using System.Collections.Frozen;
using FactMiner.Core.Model;
using UnitsNet;
using UnitsNet.Units;

namespace FactMiner.Core.Extraction;

/// <summary>
/// Every unit spelling the extractor reads, resolved once from UnitsNet's factors into <see cref="UnitDefinition"/>s.
/// UnitsNet's own parser stays out of the hot path: it is slow and reads <c>4 Mg</c> or a bare <c>m</c> ambiguously.
/// </summary>
internal sealed class UnitTable
{
    private readonly List<UnitDefinition> units = [];
    private readonly Dictionary<string, UnitDefinition> exactBuilder = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UnitDefinition> anyCaseBuilder = new(StringComparer.OrdinalIgnoreCase);
    private readonly FrozenDictionary<string, UnitDefinition>.AlternateLookup<ReadOnlySpan<char>> exact;
    private readonly FrozenDictionary<string, UnitDefinition>.AlternateLookup<ReadOnlySpan<char>> anyCase;
    private readonly Dictionary<int, UnitDefinition> squareBuilder = [];
    private readonly FrozenDictionary<int, UnitDefinition> squares;
    private readonly FrozenDictionary<(int Length, int Duration), UnitDefinition> rates;

    public static UnitTable Default { get; } = new();

    public UnitDefinition Inch { get; }

    public UnitDefinition Foot { get; }

    public UnitDefinition Pound { get; }

    public UnitDefinition Ounce { get; }

    public UnitDefinition Stone { get; }

    public UnitDefinition Tonne { get; }

    public UnitDefinition Mile { get; }

    public UnitDefinition NauticalMile { get; }

    public UnitDefinition Picometre { get; }

    public UnitDefinition Percent { get; }

    /// <summary>The unit of counts (<c>1</c>).</summary>
    public UnitDefinition Count { get; }

    private UnitTable()
    {
        // Length.
        var nm = Length("nm", LengthUnit.Nanometer, ["nm"], [], Pair("nanometre"), Pair("nanometer"));
        var um = Length("µm", LengthUnit.Micrometer, ["µm", "μm", "um"], [], Pair("micrometre"), Pair("micrometer"), Pair("micron"));
        var mm = Length("mm", LengthUnit.Millimeter, ["mm"], [], Pair("millimetre"), Pair("millimeter"));
        var cm = Length("cm", LengthUnit.Centimeter, [], ["cm", "cms"], Pair("centimetre"), Pair("centimeter"));
        var dm = Length("dm", LengthUnit.Decimeter, ["dm"], [], Pair("decimetre"), Pair("decimeter"));
        var m = Length("m", LengthUnit.Meter, ["m"], [], Pair("metre"), Pair("meter"));
        var km = Length("km", LengthUnit.Kilometer, [], ["km", "kms"], Pair("kilometre"), Pair("kilometer"));
        Inch = Length("in", LengthUnit.Inch, ["in"], [], ["inch", "inches"]);
        Foot = Length("ft", LengthUnit.Foot, [], ["ft"], ["foot", "feet"]);
        var yd = Length("yd", LengthUnit.Yard, [], ["yd", "yds"], Pair("yard"));
        Mile = Length("mi", LengthUnit.Mile, ["mi"], [], Pair("mile"));
        NauticalMile = Length("nmi", LengthUnit.NauticalMile, ["nmi"], []);
        Picometre = Length("pm", LengthUnit.Picometer, ["pm"], [], Pair("picometre"), Pair("picometer"));

        // Mass.
        Mass("µg", MassUnit.Microgram, ["µg", "μg", "ug"], ["mcg"], Pair("microgram"), Pair("microgramme"));
        Mass("mg", MassUnit.Milligram, ["mg"], [], Pair("milligram"), Pair("milligramme"));
        Mass("g", MassUnit.Gram, ["g", "gm", "gms"], [], Pair("gram"), Pair("gramme"));
        Mass("kg", MassUnit.Kilogram, [], ["kg", "kgs"], Pair("kilogram"), Pair("kilogramme"), Pair("kilo"));
        Tonne = Mass("t", MassUnit.Tonne, ["t"], [], Pair("tonne"), Pair("ton"));
        Pound = Mass("lb", MassUnit.Pound, [], ["lb", "lbs"], Pair("pound"));
        Ounce = Mass("oz", MassUnit.Ounce, [], ["oz"], Pair("ounce"));
        Stone = Mass("st", MassUnit.Stone, [], [], ["stone"]);

        // Duration. UnitsNet's Year365 and Month30 are 365 and 30 days; the contract wants the Julian
        // year (365.25 d, which UnitsNet has) and a twelfth of it for the month.
        var julianYear = UnitConverter.Convert(1, DurationUnit.JulianYear, DurationUnit.Second);
        var ms = Duration("ms", DurationUnit.Millisecond, ["ms"], [], Pair("millisecond"));
        var s = Duration("s", DurationUnit.Second, ["s", "sec", "secs"], [], Pair("second"));
        var min = Duration("min", DurationUnit.Minute, [], ["min", "mins"], Pair("minute"));
        var h = Duration("h", DurationUnit.Hour, ["h"], ["hr", "hrs"], Pair("hour"));
        var d = Duration("d", DurationUnit.Day, ["d"], [], Pair("day"));
        Duration("wk", DurationUnit.Week, [], ["wk", "wks"], Pair("week"));
        Define("mo", Quantities.Duration, julianYear / 12, ["mo", "mos", "mth", "mths"], [], Pair("month"));
        Define("yr", Quantities.Duration, julianYear, [], ["yr", "yrs"], Pair("year"));
        Define("decade", Quantities.Duration, julianYear * 10, [], [], Pair("decade"));
        Define("century", Quantities.Duration, julianYear * 100, [], [], ["century", "centuries"]);
        Define("Ma", Quantities.Duration, julianYear * 1e6, ["Ma", "Myr", "mya", "MYA"], [], Pair("megaannum"), Pair("megayear"));
        Define("Ga", Quantities.Duration, julianYear * 1e9, ["Ga", "Gyr"], [], Pair("gigaannum"), Pair("gigayear"));

        // Speed: every length over every short duration, so "cm/ms" and "miles an hour" compose without typing them.
        ReadOnlySpan<UnitDefinition> rateLengths = [mm, cm, m, km, Inch, Foot, yd, Mile, NauticalMile];
        ReadOnlySpan<UnitDefinition> rateDurations = [ms, s, min, h, d];
        var rateBuilder = new Dictionary<(int, int), UnitDefinition>();
        foreach (var length in rateLengths)
        {
            foreach (var duration in rateDurations)
            {
                var spelled = length.Symbol + "/" + duration.Symbol;
                var symbol = spelled == "mi/h" ? "mph" : spelled;
                rateBuilder[(length.Id, duration.Id)] =
                    Define(symbol, Quantities.Speed, length.SiFactor / duration.SiFactor, [spelled], []);
            }
        }

        rates = rateBuilder.ToFrozenDictionary();
        var kilometresPerHour = rates[(km.Id, h.Id)];
        foreach (var spelling in (string[])["km/h", "kph", "kmph", "kmh", "km/hr"])
        {
            anyCaseBuilder[spelling] = kilometresPerHour;
        }

        anyCaseBuilder["mph"] = rates[(Mile.Id, h.Id)];
        anyCaseBuilder["ft/s"] = rates[(Foot.Id, s.Id)];
        Define("kn", Quantities.Speed, UnitConverter.Convert(1, SpeedUnit.Knot, SpeedUnit.MeterPerSecond), ["kn"], [], Pair("knot"));

        // Area: squares of lengths, named ones, and the glued spellings.
        Square(m, AreaUnit.SquareMeter, "m2", ["m2", "m²", "m^2"], []);
        Square(km, AreaUnit.SquareKilometer, "km2", [], ["km2", "km²", "km^2"]);
        Square(cm, AreaUnit.SquareCentimeter, "cm2", ["cm2", "cm²"], []);
        Square(mm, AreaUnit.SquareMillimeter, "mm2", ["mm2", "mm²"], []);
        Square(Foot, AreaUnit.SquareFoot, "ft2", [], ["ft2", "ft²"]);
        Square(Inch, AreaUnit.SquareInch, "in2", ["in²"], []);
        Square(yd, AreaUnit.SquareYard, "yd2", [], ["yd2", "yd²"]);
        Square(Mile, AreaUnit.SquareMile, "mi2", ["mi2", "mi²"], []);
        Area("ha", AreaUnit.Hectare, ["ha"], [], Pair("hectare"));
        Area("acre", AreaUnit.Acre, ["ac"], [], Pair("acre"));

        Percent = Define("%", Quantities.Ratio, 0.01, ["%"], ["pct"], ["percent"]);
        Count = Define("1", Quantities.Count, 1, [], []);

        squares = squareBuilder.ToFrozenDictionary();

        exact = exactBuilder.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        anyCase = anyCaseBuilder.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>All units, by <see cref="UnitDefinition.Id"/>.</summary>
    public IReadOnlyList<UnitDefinition> All => units;

    /// <summary>The unit a single word spells (<c>cm</c>, <c>Pounds</c>, <c>lbs.</c>, <c>km/h</c>, <c>m²</c>); null when none.</summary>
    /// <remarks>Symbols are case-sensitive (<c>m</c> is not <c>M</c>); names are not.</remarks>
    public UnitDefinition? Find(ReadOnlySpan<char> word)
    {
        if (exact.TryGetValue(word, out var unit) || anyCase.TryGetValue(word, out unit))
        {
            return unit;
        }

        if (word.Length > 1 && word[^1] == '.')
        {
            var bare = word[..^1];
            if (exact.TryGetValue(bare, out unit) || anyCase.TryGetValue(bare, out unit))
            {
                return unit;
            }
        }

        return null;
    }

    /// <summary>The area unit of a length squared (<c>square miles</c>, <c>km squared</c>); null when not a length we square.</summary>
    public UnitDefinition? Square(UnitDefinition length) => squares.GetValueOrDefault(length.Id);

    /// <summary>The speed unit of a length per duration (<c>miles an hour</c>, <c>cm/ms</c>); null when not composable.</summary>
    public UnitDefinition? Rate(UnitDefinition length, UnitDefinition duration) =>
        rates.GetValueOrDefault((length.Id, duration.Id));

    private static string[] Pair(string singular) => [singular, singular + "s"];

    private UnitDefinition Length(string symbol, LengthUnit unit, string[] exactSpellings, string[] anyCaseSpellings, params string[][] names) =>
        Define(symbol, Quantities.Length, UnitConverter.Convert(1, unit, LengthUnit.Meter), exactSpellings, anyCaseSpellings, names);

    private UnitDefinition Mass(string symbol, MassUnit unit, string[] exactSpellings, string[] anyCaseSpellings, params string[][] names) =>
        Define(symbol, Quantities.Mass, UnitConverter.Convert(1, unit, MassUnit.Kilogram), exactSpellings, anyCaseSpellings, names);

    private UnitDefinition Duration(string symbol, DurationUnit unit, string[] exactSpellings, string[] anyCaseSpellings, params string[][] names) =>
        Define(symbol, Quantities.Duration, UnitConverter.Convert(1, unit, DurationUnit.Second), exactSpellings, anyCaseSpellings, names);

    private UnitDefinition Area(string symbol, AreaUnit unit, string[] exactSpellings, string[] anyCaseSpellings, params string[][] names) =>
        Define(symbol, Quantities.Area, UnitConverter.Convert(1, unit, AreaUnit.SquareMeter), exactSpellings, anyCaseSpellings, names);

    private void Square(UnitDefinition length, AreaUnit unit, string symbol, string[] exactSpellings, string[] anyCaseSpellings) =>
        squareBuilder[length.Id] = Area(symbol, unit, exactSpellings, anyCaseSpellings);

    private UnitDefinition Define(string symbol, string quantity, double siFactor, string[] exactSpellings, string[] anyCaseSpellings, params string[][] names)
    {
        var unit = new UnitDefinition(units.Count, symbol, quantity, siFactor);
        units.Add(unit);
        foreach (var spelling in exactSpellings)
        {
            exactBuilder[spelling] = unit;
        }

        foreach (var spelling in anyCaseSpellings)
        {
            anyCaseBuilder[spelling] = unit;
        }

        foreach (var group in names)
        {
            foreach (var name in group)
            {
                anyCaseBuilder[name] = unit;
            }
        }

        return unit;
    }
}
