using System.Collections.Frozen;
using System.Collections.Immutable;

namespace FactMiner.Core.Reconciliation;

/// <summary>Mass against size: mass grows with about the cube of linear size, so k = mass / length³ stays within a band
/// for each kind of length. The band is derived from <see cref="Calibration"/> and widened by <see cref="Margin"/>.</summary>
public sealed record MassLengthAllometryOptions(
    string Name,
    double Margin,
    FrozenSet<string> AppliesTo,
    ImmutableArray<AllometryCalibration> Calibration)
{
    /// <summary>The band of k (kg/m³) for a length attribute, or null when the calibration says nothing about it.
    /// "height" in scraped text is often shoulder height, so its band spans both.</summary>
    public (double Min, double Max)? BandFor(string lengthAttribute)
    {
        var ks = Calibration
            .SelectMany(c => LengthsFor(c, lengthAttribute).Select(l => c.MassKg / (l * l * l)))
            .ToList();
        return ks.Count == 0 ? null : (ks.Min() / Margin, ks.Max() * Margin);
    }

    private static IEnumerable<double> LengthsFor(AllometryCalibration c, string attribute) => attribute switch
    {
        "body_length" => Values(c.BodyLengthM),
        "shoulder_height" => Values(c.ShoulderHeightM),
        "height" => Values(c.HeightM).Concat(Values(c.ShoulderHeightM)),
        _ => [],
    };

    private static IEnumerable<double> Values(double? value) => value is { } v ? [v] : [];
}
