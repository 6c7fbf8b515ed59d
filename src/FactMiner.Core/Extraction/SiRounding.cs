namespace FactMiner.Core.Extraction;

/// <summary>Rounds converted values to 12 significant digits so 60 cm reads 0.6 m, not 0.6000000000000001.</summary>
internal static class SiRounding
{
    public static double Round(double value)
    {
        if (value == 0 || !double.IsFinite(value))
        {
            return value;
        }

        var decimals = 11 - (int)Math.Floor(Math.Log10(Math.Abs(value)));
        if (decimals is >= 0 and <= 15)
        {
            return Math.Round(value, decimals);
        }

        var scale = Math.Pow(10, -decimals);
        return Math.Round(value / scale) * scale;
    }
}
