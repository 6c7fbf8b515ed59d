using System.Globalization;
using FactMiner.Core.Model;

namespace FactMiner.Core.Reconciliation;

/// <summary>A numeric claim read as a set of values in SI: "up to 300 kg" is [0, 300], "about 60 cm" is 0.6 m widened by
/// the approximate tolerance, and how to say it back in the text's own unit.</summary>
internal sealed class NumericValue
{
    private readonly Claim claim;
    private readonly NumericQualifiers qualifiers;

    /// <summary>With the qualifiers already read (<see cref="ClaimContextTable"/> reads each distinct list once).</summary>
    public NumericValue(Claim claim, NumericQualifiers qualifiers)
    {
        this.claim = claim;
        this.qualifiers = qualifiers;
        Low = Math.Min(claim.SiLow, claim.SiHigh);
        High = Math.Max(claim.SiLow, claim.SiHigh);
    }

    public enum BoundKind
    {
        None,
        Upper,
        Lower,
    }

    public BoundKind Bound => qualifiers.Bound;

    public bool IsApproximate => qualifiers.IsApproximate;

    public double Tolerance => qualifiers.Tolerance;

    /// <summary>Stated lower end in SI.</summary>
    public double Low { get; }

    /// <summary>Stated upper end in SI.</summary>
    public double High { get; }

    /// <summary>Every value the claim allows, in SI, with its tolerance.</summary>
    public (double Low, double High) Widened => Bound switch
    {
        BoundKind.Upper => (0, High * (1 + Tolerance)),
        BoundKind.Lower => (Low * (1 - Tolerance), double.PositiveInfinity),
        _ => (Low * (1 - Tolerance), High * (1 + Tolerance)),
    };

    /// <summary>What the claim states, without tolerance; null for the open side of a bound.</summary>
    public (double? Low, double? High) Stated => Bound switch
    {
        BoundKind.Upper => (null, High),
        BoundKind.Lower => (Low, null),
        _ => (Low, High),
    };

    /// <summary>One value standing for the claim: the bound itself, or the middle of a range.</summary>
    public double Representative => Bound switch
    {
        BoundKind.Upper => High,
        BoundKind.Lower => Low,
        _ => (Low + High) / 2,
    };

    /// <summary>Text-unit value per SI unit, to say SI numbers back in the text's unit.</summary>
    public double TextPerSi => claim.SiHigh != 0 ? claim.High / claim.SiHigh : claim.SiLow != 0 ? claim.Low / claim.SiLow : 1;

    public string Unit => claim.Unit;

    /// <summary>The value as the text gives it, with the conditions it holds under: "about 60 cm", "15-38 lb",
    /// "up to 300 kg", "45-55 kg (male)".</summary>
    public string Describe()
    {
        var value = (qualifiers.BoundWord is not null ? qualifiers.BoundWord + " " : IsApproximate ? "about " : "") + Plain();
        return qualifiers.Conditions.Length == 0 ? value : $"{value} ({qualifiers.Conditions})";
    }

    /// <summary>The number(s) and unit alone: "60 cm", "15-38 lb".</summary>
    public string Plain()
    {
        var number = claim.Low == claim.High ? Number(claim.Low) : $"{Number(claim.Low)}-{Number(claim.High)}";
        return WithUnit(number, claim.Unit);
    }

    /// <summary>An SI quantity said in this claim's unit.</summary>
    public string InTextUnit(double si) => WithUnit(Number(si * TextPerSi), claim.Unit);

    public static bool Disjoint((double Low, double High) a, (double Low, double High) b) => a.High < b.Low || b.High < a.Low;

    public static string Number(double value) => value.ToString(Math.Abs(value) >= 100 ? "0.#" : "0.###", CultureInfo.InvariantCulture);

    private static string WithUnit(string number, string unit) => unit is "1" or "" ? number : $"{number} {unit}";
}
