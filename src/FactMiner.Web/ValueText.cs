using System.Globalization;

namespace FactMiner.Web;

/// <summary>Values as curators read them: <c>7–17 kg</c>, <c>60 cm</c>.</summary>
internal static class ValueText
{
    public static string? Range(double? low, double? high, string? unit)
    {
        if (low is null || high is null)
        {
            return null;
        }

        var value = low == high ? Number(low.Value) : $"{Number(low.Value)}\u2013{Number(high.Value)}";
        return unit is null or "1" ? value : $"{value} {unit}";
    }

    public static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture) is var text && text.Length <= 10
        ? text
        : value.ToString("G4", CultureInfo.InvariantCulture);
}
