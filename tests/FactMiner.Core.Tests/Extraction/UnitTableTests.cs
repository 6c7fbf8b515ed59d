using FactMiner.Core.Extraction;
using FactMiner.Core.Model;

namespace FactMiner.Core.Tests.Extraction;

public sealed class UnitTableTests
{
    private static readonly UnitTable Units = UnitTable.Default;

    [Theory]
    [InlineData("cm", "cm", 0.01)]
    [InlineData("centimetres", "cm", 0.01)]
    [InlineData("Meters", "m", 1)]
    [InlineData("in", "in", 0.0254)]
    [InlineData("feet", "ft", 0.3048)]
    [InlineData("yards", "yd", 0.9144)]
    [InlineData("miles", "mi", 1609.344)]
    [InlineData("lbs", "lb", 0.45359237)]
    [InlineData("lbs.", "lb", 0.45359237)]
    [InlineData("LB", "lb", 0.45359237)]
    [InlineData("ounces", "oz", 0.028349523125)]
    [InlineData("tonnes", "t", 1000)]
    [InlineData("tons", "t", 1000)]
    [InlineData("mg", "mg", 1e-6)]
    [InlineData("μg", "µg", 1e-9)]
    [InlineData("km/h", "km/h", 1 / 3.6)]
    [InlineData("kph", "km/h", 1 / 3.6)]
    [InlineData("mph", "mph", 0.44704)]
    [InlineData("m/s", "m/s", 1)]
    [InlineData("km2", "km2", 1e6)]
    [InlineData("m²", "m2", 1)]
    [InlineData("hectares", "ha", 1e4)]
    [InlineData("acres", "acre", 4046.8564224)]
    [InlineData("%", "%", 0.01)]
    [InlineData("weeks", "wk", 604800)]
    [InlineData("hrs", "h", 3600)]
    public void Find_Spelling_ResolvesCanonicalUnitAndFactor(string spelling, string symbol, double factor)
    {
        var unit = Units.Find(spelling);
        Assert.NotNull(unit);
        Assert.Equal(symbol, unit.Symbol);
        Assert.Equal(factor, unit.SiFactor, 9);
    }

    [Fact]
    public void Find_YearAndMonth_FollowTheContractNotUnitsNetsCalendarUnits()
    {
        Assert.Equal(365.25 * 86400, Units.Find("years")!.SiFactor, 6);
        Assert.Equal(30.4375 * 86400, Units.Find("months")!.SiFactor, 6);
    }

    [Theory]
    [InlineData("M")]
    [InlineData("Mg")]
    [InlineData("G")]
    [InlineData("gallons")]
    [InlineData("ml")]
    [InlineData("degrees")]
    public void Find_SymbolInWrongCaseOrUnitOutsideContract_ReturnsNull(string spelling) => Assert.Null(Units.Find(spelling));

    [Fact]
    public void Square_Mile_IsSquareMiles()
    {
        var area = Units.Square(Units.Mile);
        Assert.NotNull(area);
        Assert.Equal(Quantities.Area, area.Quantity);
        Assert.Equal(2_589_988.110336, area.SiFactor, 3);
    }

    [Fact]
    public void Rate_MilePerHour_IsMph()
    {
        var rate = Units.Rate(Units.Mile, Units.Find("hour")!);
        Assert.Equal("mph", rate!.Symbol);
        Assert.Equal(Quantities.Speed, rate.Quantity);
    }
}
