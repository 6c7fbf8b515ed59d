using FactMiner.Core.Extraction;

namespace FactMiner.Core.Tests.Extraction;

public sealed class DigitParserTests
{
    [Theory]
    [InlineData("60", 60)]
    [InlineData("2,500", 2500)]
    [InlineData("1,500,000", 1_500_000)]
    [InlineData("2,204.62", 2204.62)]
    [InlineData("1.5", 1.5)]
    [InlineData(".5", 0.5)]
    [InlineData("1/2", 0.5)]
    [InlineData("1/4", 0.25)]
    [InlineData("½", 0.5)]
    [InlineData("¾", 0.75)]
    [InlineData("10 1/2", 10.5)]
    [InlineData("10½", 10.5)]
    [InlineData("2 1/2", 2.5)]
    public void TryParse_WellFormedNumber_ReadsValue(string text, double expected)
    {
        Assert.True(DigitParser.TryParse(text, out var value, out _, out _));
        Assert.Equal(expected, value, 12);
    }

    [Theory]
    [InlineData("1/0")]
    [InlineData("1,5")]
    [InlineData("12,34")]
    [InlineData("1.2.3")]
    [InlineData("12345,678")]
    public void TryParse_MalformedNumber_Refuses(string text) =>
        Assert.False(DigitParser.TryParse(text, out _, out _, out _));

    [Theory]
    [InlineData("1996", true)]
    [InlineData("2003", true)]
    [InlineData("2,003", false)]
    [InlineData("4000", false)]
    [InlineData("996", false)]
    [InlineData("1996.5", false)]
    public void TryParse_FourDigitNumber_MarksYearLikeOnlyInYearRange(string text, bool yearLike)
    {
        Assert.True(DigitParser.TryParse(text, out _, out var traits, out _));
        Assert.Equal(yearLike, traits.HasFlag(NumberTraits.YearLike));
    }

    [Fact]
    public void TryParse_Decimal_CountsFractionDigits()
    {
        Assert.True(DigitParser.TryParse("2.13", out _, out var traits, out var digits));
        Assert.Equal(2, digits);
        Assert.False(traits.HasFlag(NumberTraits.Integer));
    }
}
