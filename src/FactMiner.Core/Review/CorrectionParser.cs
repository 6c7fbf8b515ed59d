using System.Globalization;

namespace FactMiner.Core.Review;

/// <summary>Reads a curator's correction <c>CLAIM=VALUE UNIT</c> or <c>CLAIM=LOW-HIGH UNIT</c> (CLI and spreadsheet import).</summary>
public static class CorrectionParser
{
    public static bool TryParse(string text, out ClaimCorrection correction)
    {
        correction = null!;
        var equals = text?.LastIndexOf('=') ?? -1;
        if (equals <= 0)
        {
            return false;
        }

        if (!TryParseValue(text![(equals + 1)..], out var low, out var high, out var unit))
        {
            return false;
        }

        correction = new ClaimCorrection(text[..equals].Trim(), low, high, unit);
        return true;
    }

    /// <summary>Reads <c>VALUE UNIT</c> or <c>LOW-HIGH UNIT</c>, e.g. <c>50 cm</c>, <c>15-38 lb</c>, <c>7.5kg</c>.</summary>
    public static bool TryParseValue(string text, out double low, out double high, out string unit)
    {
        low = high = 0;
        unit = string.Empty;
        var value = text.Trim();
        var unitStart = value.Length;
        while (unitStart > 0 && !char.IsDigit(value[unitStart - 1]))
        {
            unitStart--;
        }

        unit = value[unitStart..].Trim();
        var numbers = value[..unitStart].Replace('\u2013', '-').Split('-', StringSplitOptions.TrimEntries);
        var parsed = numbers.Length is 1 or 2
            && double.TryParse(numbers[0], NumberStyles.Float, CultureInfo.InvariantCulture, out low)
            & double.TryParse(numbers[^1], NumberStyles.Float, CultureInfo.InvariantCulture, out high);
        return parsed && unit.Length > 0;
    }
}
