using System.Globalization;

namespace FactMiner.Web;

/// <summary>Values as curators read them: <c>7–17 kg</c>, <c>60 cm</c>; converted values to four significant digits.</summary>
internal static class ValueText
{
    /// <param name="rounded">True for converted values (SI, chart units), where <c>68.0389 kg</c> is noise; the text's own numbers stay as written.</param>
    public static string? Range(double? low, double? high, string? unit, bool rounded = false)
    {
        if (low is null || high is null)
        {
            return null;
        }

        Func<double, string> number = rounded ? Rounded : Number;
        var value = low == high ? number(low.Value) : $"{number(low.Value)}\u2013{number(high.Value)}";
        return unit is null or "1" ? value : $"{value} {unit}";
    }

    public static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture) is { Length: <= 12 } text
        ? text
        : value.ToString("G6", CultureInfo.InvariantCulture);

    public static string Rounded(double value)
    {
        if (value == 0 || !double.IsFinite(value) || Math.Abs(value) < 1e-4)
        {
            return value.ToString("G4", CultureInfo.InvariantCulture);
        }

        var integerDigits = (int)Math.Floor(Math.Log10(Math.Abs(value))) + 1;
        return Math.Round(value, Math.Clamp(4 - integerDigits, 0, 8)).ToString("0.########", CultureInfo.InvariantCulture);
    }
}
