using FactMiner.Core.Model;

namespace FactMiner.Core.Tests.Extraction;

/// <summary>Ranges, compounds, shared units and conversions, read through the whole extractor.</summary>
public sealed class MeasurementGrouperTests
{
    [Theory]
    [InlineData("It weighs 15-38 pounds.", "15-38 pounds")]
    [InlineData("It weighs 15–38 pounds.", "15–38 pounds")]
    [InlineData("It weighs 15 - 38 pounds.", "15 - 38 pounds")]
    [InlineData("It weighs 15 to 38 pounds.", "15 to 38 pounds")]
    [InlineData("It weighs between 15 and 38 pounds.", "between 15 and 38 pounds")]
    [InlineData("It weighs from 15 to 38 pounds.", "15 to 38 pounds")]
    [InlineData("It weighs 15 lb to 38 lb.", "15 lb to 38 lb")]
    [InlineData("It weighs between 15 lb and 38 lb.", "between 15 lb and 38 lb")]
    [InlineData("It weighs fifteen to thirty-eight pounds.", "fifteen to thirty-eight pounds")]
    public void Group_Range_KeepsBothEndsNeverAMeanOrDifference(string sentence, string text)
    {
        var claim = ClaimProbe.Single(sentence);
        ClaimProbe.AssertRange(claim, 15, 38, "lb");
        Assert.Equal(6.80388555, claim.SiLow, 9);
        Assert.Equal(17.23651006, claim.SiHigh, 9);
        Assert.Equal(text, claim.Text);
    }

    [Fact]
    public void Group_RangeWithAUnitOnEachEnd_ConvertsTheLowEndToTheHighEndsUnit()
    {
        var claim = ClaimProbe.Single("The body measures 75 cm to 1.2 m.");
        ClaimProbe.AssertRange(claim, 0.75, 1.2, "m");
        Assert.Equal(0.75, claim.SiLow, 12);
        Assert.Equal(1.2, claim.SiHigh, 12);
    }

    [Fact]
    public void Group_SuspendedHyphens_AreOneRange()
    {
        var claim = ClaimProbe.Single("A conceptualized 8- to 16-meter telescope.");
        ClaimProbe.AssertRange(claim, 8, 16, "m");
    }

    [Fact]
    public void Group_OrBetweenNumberWords_IsARange()
    {
        var claim = ClaimProbe.Single("Females give birth to one or two fawns.");
        ClaimProbe.AssertRange(claim, 1, 2, "1");
    }

    [Fact]
    public void Group_DecimalRange_KeepsBothEnds() =>
        ClaimProbe.AssertRange(ClaimProbe.Single("It is 1.5–2.5 m long."), 1.5, 2.5, "m");

    [Theory]
    [InlineData("It weighs 7–17 kg (15–38 lb).")]
    [InlineData("It weighs 7–17 kg (about 15–38 lb).")]
    [InlineData("It weighs 7-17 kg [15-38 lb] in winter.")]
    [InlineData("It weighs 7-17 kg. (i.e. 15-38 lb.)")]
    public void Group_ConversionInBrackets_IsEmittedOnce(string sentence)
    {
        var claim = ClaimProbe.Single(sentence);
        ClaimProbe.AssertRange(claim, 7, 17, "kg");
    }

    [Fact]
    public void Group_SingleValueConversion_IsEmittedOnce()
    {
        var claim = ClaimProbe.Single("L2 is 1,500,000 kilometres (930,000 mi) from Earth.");
        Assert.Equal(1_500_000, claim.Low);
        Assert.Equal("km", claim.Unit);
    }

    [Fact]
    public void Group_BracketedValueOfAnotherSize_IsItsOwnClaim()
    {
        var claims = ClaimProbe.All("Males weigh 40 kg (females 25 kg).");
        Assert.Equal(2, claims.Length);
    }

    [Fact]
    public void Group_ListSharingOneUnit_GivesEachValueTheUnit()
    {
        var claims = ClaimProbe.All("They were given 45 and 50 mg ethanol.");
        Assert.Collection(
            claims,
            c => ClaimProbe.AssertRange(c, 45, 45, "mg"),
            c => ClaimProbe.AssertRange(c, 50, 50, "mg"));
    }

    [Fact]
    public void Group_UnitsOfDifferentQuantities_AreNoRange()
    {
        var claims = ClaimProbe.All("Capacity rose by 25 % to 34,500 metric tons.");
        Assert.Equal([Quantities.Ratio, Quantities.Mass], claims.Select(c => c.Quantity));
    }

    [Theory]
    [InlineData("We produced nothing in 2013-14.")]
    [InlineData("The study ran from 1990 to 2000.")]
    [InlineData("Between 1990 and 2000 it declined.")]
    public void Group_SpanOfYears_IsNoRange(string sentence) => Assert.Empty(ClaimProbe.All(sentence));

    [Fact]
    public void Group_TwoValuesSideBySide_StayTwoClaims()
    {
        var claims = ClaimProbe.All("The length is 12 m 2 dm more or less, 1 m x 1 m.");
        Assert.Equal(4, claims.Length);
    }

    [Fact]
    public void Group_RangeOfFeetAndInchesAsConversion_IsEmittedOnce()
    {
        var claim = ClaimProbe.Single("It is 1.2–1.5 m (3 ft 11 in – 4 ft 11 in) long.");
        ClaimProbe.AssertRange(claim, 1.2, 1.5, "m");
        Assert.Equal(NumericAttributes.BodyLength, claim.Attribute);
    }

    [Fact]
    public void Group_WordsAfterABracketedConversion_StillDescribeTheValue()
    {
        var claim = ClaimProbe.Single("The red panda weighs 3.2–15 kg (7.1–33.1 lb) in captivity.");
        Assert.Equal(["captive"], claim.Qualifiers.ToArray());
    }
}
