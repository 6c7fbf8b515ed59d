using FactMiner.Core.Model;
using UnitsNet;
using UnitsNet.Units;

namespace FactMiner.Core.Tests.Extraction;

/// <summary>
/// The peer suites' unit names mapped to a contract quantity and a factor to SI, taken from UnitsNet here so the
/// harness does not grade the extractor with its own table. Years and months follow the contract (Julian year).
/// </summary>
internal static class PeerUnits
{
    private static readonly double JulianYear = UnitConverter.Convert(1, DurationUnit.JulianYear, DurationUnit.Second);

    private static readonly Dictionary<string, (string Quantity, double Factor)> Recognizers = new(StringComparer.Ordinal)
    {
        ["Meter"] = Length(LengthUnit.Meter),
        ["Kilometer"] = Length(LengthUnit.Kilometer),
        ["Decimeter"] = Length(LengthUnit.Decimeter),
        ["Millimeter"] = Length(LengthUnit.Millimeter),
        ["Picometer"] = Length(LengthUnit.Picometer),
        ["Inch"] = Length(LengthUnit.Inch),
        ["Foot"] = Length(LengthUnit.Foot),
        ["Mile"] = Length(LengthUnit.Mile),
        ["Pound"] = Mass(MassUnit.Pound),
        ["Ounce"] = Mass(MassUnit.Ounce),
        ["Kilogram"] = Mass(MassUnit.Kilogram),
        ["Gram"] = Mass(MassUnit.Gram),
        ["Microgram"] = Mass(MassUnit.Microgram),
        ["Dram"] = (Quantities.Mass, 0.0017718451953125),

        // FactMiner reads "ton" as the metric tonne (the contract's t); Recognizers leaves "Ton" unspecified.
        ["Ton"] = Mass(MassUnit.Tonne),
        ["Metric ton"] = Mass(MassUnit.Tonne),
        ["Square meter"] = Area(AreaUnit.SquareMeter),
        ["Square kilometer"] = Area(AreaUnit.SquareKilometer),
        ["Acre"] = Area(AreaUnit.Acre),
        ["Kilometer per hour"] = Speed(SpeedUnit.KilometerPerHour),
        ["Mile per hour"] = Speed(SpeedUnit.MilePerHour),
        ["Meter per millisecond"] = (Quantities.Speed, 1000),
        ["Centimeter per millisecond"] = (Quantities.Speed, 10),
        ["Kilometer per millisecond"] = (Quantities.Speed, 1e6),
    };

    private static readonly Dictionary<string, (string Quantity, double Factor)> Quantulum = new(StringComparer.Ordinal)
    {
        ["metre"] = Length(LengthUnit.Meter),
        ["kilometre"] = Length(LengthUnit.Kilometer),
        ["mile"] = Length(LengthUnit.Mile),
        ["inch"] = Length(LengthUnit.Inch),
        ["nanometre"] = Length(LengthUnit.Nanometer),
        ["picometre"] = Length(LengthUnit.Picometer),
        ["attometre"] = (Quantities.Length, 1e-18),
        ["milligram"] = Mass(MassUnit.Milligram),
        ["kilogram"] = Mass(MassUnit.Kilogram),
        ["pound-mass"] = Mass(MassUnit.Pound),
        ["tonne"] = Mass(MassUnit.Tonne),
        ["hour"] = Duration(DurationUnit.Hour),
        ["day"] = Duration(DurationUnit.Day),
        ["week"] = Duration(DurationUnit.Week),
        ["month"] = (Quantities.Duration, JulianYear / 12),
        ["year"] = (Quantities.Duration, JulianYear),
        ["megayear"] = (Quantities.Duration, JulianYear * 1e6),
        ["gigayear"] = (Quantities.Duration, JulianYear * 1e9),
        ["kilometre per hour"] = Speed(SpeedUnit.KilometerPerHour),
        ["square kilometre"] = Area(AreaUnit.SquareKilometer),
        ["square mile"] = Area(AreaUnit.SquareMile),
        ["percentage"] = (Quantities.Ratio, 0.01),
    };

    /// <summary>The quantities DimensionModel covers in the scope (Length, Weight, Area, Speed).</summary>
    public static readonly string[] DimensionQuantities = [Quantities.Length, Quantities.Mass, Quantities.Area, Quantities.Speed];

    /// <summary>The quantities of the quantulum3 cases in scope (lengths, masses, durations, speeds, areas, percentages).</summary>
    public static readonly string[] QuantulumQuantities =
        [Quantities.Length, Quantities.Mass, Quantities.Duration, Quantities.Speed, Quantities.Area, Quantities.Ratio];

    public static bool TryRecognizers(string unit, out (string Quantity, double Factor) si) => Recognizers.TryGetValue(unit, out si);

    public static bool TryQuantulum(string unit, out (string Quantity, double Factor) si) => Quantulum.TryGetValue(unit, out si);

    private static (string, double) Length(LengthUnit unit) => (Quantities.Length, UnitConverter.Convert(1, unit, LengthUnit.Meter));

    private static (string, double) Mass(MassUnit unit) => (Quantities.Mass, UnitConverter.Convert(1, unit, MassUnit.Kilogram));

    private static (string, double) Duration(DurationUnit unit) => (Quantities.Duration, UnitConverter.Convert(1, unit, DurationUnit.Second));

    private static (string, double) Area(AreaUnit unit) => (Quantities.Area, UnitConverter.Convert(1, unit, AreaUnit.SquareMeter));

    private static (string, double) Speed(SpeedUnit unit) => (Quantities.Speed, UnitConverter.Convert(1, unit, SpeedUnit.MeterPerSecond));
}
