namespace FactMiner.Web;

/// <summary>The unit a chart axis speaks in: gestation in months rather than 1.2e7 seconds.</summary>
/// <param name="Factor">SI units per display unit: a value shows as <c>si / Factor</c>.</param>
internal readonly record struct DisplayScale(string Unit, double Factor)
{
    private const double Day = 86_400;
    private const double Year = 365.25 * Day;

    public double Show(double si) => si / Factor;

    /// <summary>Picks the unit from the SI unit and the largest value to show.</summary>
    public static DisplayScale For(string? siUnit, string attribute, double largest)
    {
        var size = Math.Abs(largest);
        return siUnit switch
        {
            "m" => size switch { < 0.01 => new("mm", 0.001), < 1 => new("cm", 0.01), < 10_000 => new("m", 1), _ => new("km", 1000) },
            "kg" => size switch { < 1 => new("g", 0.001), < 10_000 => new("kg", 1), _ => new("t", 1000) },
            "s" => size switch { < 2 * Day => new("h", 3600), < 60 * Day => new("days", Day), < 2 * Year => new("months", Year / 12), _ => new("years", Year) },
            "m/s" => new("km/h", 1 / 3.6),
            "m2" => size switch { < 10_000 => new("m²", 1), < 1_000_000 => new("ha", 10_000), _ => new("km²", 1_000_000) },
            "1" when attribute == "percentage" => new("%", 0.01),
            _ => new(siUnit is null or "1" ? string.Empty : siUnit, 1),
        };
    }
}
