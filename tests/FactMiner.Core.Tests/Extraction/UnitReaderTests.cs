using FactMiner.Core.Model;

namespace FactMiner.Core.Tests.Extraction;

/// <summary>Units as the text writes them, read through the whole extractor.</summary>
public sealed class UnitReaderTests
{
    [Theory]
    [InlineData("It is 60cm tall.", 60, "cm", 0.6)]
    [InlineData("It is 60 cm tall.", 60, "cm", 0.6)]
    [InlineData("You weight 200lbs.", 200, "lb", 90.718474)]
    [InlineData("It weighs 10 lbs. today", 10, "lb", 4.5359237)]
    [InlineData("It weighs 25 pounds.", 25, "lb", 11.33980925)]
    [InlineData("It weighs 68 ounces.", 68, "oz", 1.9277675725)]
    [InlineData("A 7.62mm barrel.", 7.62, "mm", 0.00762)]
    [InlineData("It lies 500 metres east.", 500, "m", 500)]
    [InlineData("It is 325 kilometer away.", 325, "km", 325_000)]
    [InlineData("It is 3 yards wide.", 3, "yd", 2.7432)]
    [InlineData("It weighs 3 tonnes.", 3, "t", 3000)]
    [InlineData("It weighs 3 tons.", 3, "t", 3000)]
    [InlineData("It exported 16,000 metric tons.", 16_000, "t", 16_000_000)]
    [InlineData("It took 120 μg of it.", 120, "µg", 1.2e-7)]
    [InlineData("It weighs 4 mg.", 4, "mg", 4e-6)]
    [InlineData("It is 16.25 nanometers wide.", 16.25, "nm", 1.625e-8)]
    public void Extract_LengthOrMassSpelling_ReadsUnitAndSi(string sentence, double value, string unit, double si)
    {
        var claim = ClaimProbe.Single(sentence);
        Assert.Equal(value, claim.Low, 9);
        Assert.Equal(unit, claim.Unit);
        Assert.Equal(si, claim.SiLow, 9);
    }

    [Theory]
    [InlineData("It took 20 minutes.", "min", 1200)]
    [InlineData("It took 3 hrs.", "h", 10_800)]
    [InlineData("It took three days.", "d", 259_200)]
    [InlineData("It took 6 weeks.", "wk", 3_628_800)]
    [InlineData("Gestation lasts 6 months.", "mo", 15_778_800)]
    [InlineData("It lives 2 years.", "yr", 63_115_200)]
    [InlineData("It took 30 seconds.", "s", 30)]
    public void Extract_Duration_NormalisesToSeconds(string sentence, string unit, double seconds)
    {
        var claim = ClaimProbe.Single(sentence);
        Assert.Equal(Quantities.Duration, claim.Quantity);
        Assert.Equal(unit, claim.Unit);
        Assert.Equal(seconds, claim.SiLow, 6);
        Assert.Equal("s", claim.SiUnit);
    }

    [Theory]
    [InlineData("It runs at 60 km/h.", "km/h", 16.6666666667)]
    [InlineData("It runs at 60 kph.", "km/h", 16.6666666667)]
    [InlineData("It runs at 10kmph.", "km/h", 2.77777777778)]
    [InlineData("It runs at 10km/hr.", "km/h", 2.77777777778)]
    [InlineData("It runs at 10 kilometres per hour.", "km/h", 2.77777777778)]
    [InlineData("It can run at over 188 miles an hour.", "mph", 84.04352)]
    [InlineData("It runs at 40 mph.", "mph", 17.8816)]
    [InlineData("It runs at 12 m/s.", "m/s", 12)]
    [InlineData("It moves 50 centimeters/millisecond.", "cm/ms", 500)]
    public void Extract_Speed_NormalisesToMetresPerSecond(string sentence, string unit, double si)
    {
        var claim = ClaimProbe.Single(sentence);
        Assert.Equal(Quantities.Speed, claim.Quantity);
        Assert.Equal(NumericAttributes.Speed, claim.Attribute);
        Assert.Equal(unit, claim.Unit);
        Assert.Equal(si, claim.SiLow, 6);
    }

    [Theory]
    [InlineData("The range covers 190 km2.", "km2", 190e6)]
    [InlineData("The range covers 190 km².", "km2", 190e6)]
    [InlineData("The range covers 3 sq km.", "km2", 3e6)]
    [InlineData("The range covers 3 sq. km.", "km2", 3e6)]
    [InlineData("The range covers 660 square meters.", "m2", 660)]
    [InlineData("The range covers 4 km squared.", "km2", 4e6)]
    [InlineData("The range covers 4km^2.", "km2", 4e6)]
    [InlineData("The range covers 24703m2.", "m2", 24703)]
    [InlineData("The range covers 2 ha.", "ha", 20_000)]
    [InlineData("The range covers 12 hectares.", "ha", 120_000)]
    [InlineData("A 45-acre farm.", "acre", 182_108.539008)]
    [InlineData("It covers 116,347 sq mi.", "mi2", 301_337_346_673.2)]
    public void Extract_Area_NormalisesToSquareMetres(string sentence, string unit, double si)
    {
        var claim = ClaimProbe.Single(sentence);
        Assert.Equal(Quantities.Area, claim.Quantity);
        Assert.Equal(NumericAttributes.Area, claim.Attribute);
        Assert.Equal(unit, claim.Unit);
        Assert.Equal(si, claim.SiLow, 0);
    }

    [Theory]
    [InlineData("About 40% of them live here.", 40, 0.4)]
    [InlineData("About 40 % of them live here.", 40, 0.4)]
    [InlineData("About 40 percent of them live here.", 40, 0.4)]
    [InlineData("About 40 per cent of them live here.", 40, 0.4)]
    [InlineData("Sales rose 6 . 2 % in May.", 6.2, 0.062)]
    public void Extract_Percent_IsARatioAsAFraction(string sentence, double value, double fraction)
    {
        var claim = ClaimProbe.Single(sentence);
        Assert.Equal(Quantities.Ratio, claim.Quantity);
        Assert.Equal(NumericAttributes.Percentage, claim.Attribute);
        Assert.Equal("%", claim.Unit);
        Assert.Equal(value, claim.Low, 9);
        Assert.Equal(fraction, claim.SiLow, 9);
        Assert.Equal("1", claim.SiUnit);
    }

    [Theory]
    [InlineData("Its 3-inch thickness.", 3, "in", "3-inch")]
    [InlineData("The six-mile trip took an hour.", 6, "mi", "six-mile")]
    [InlineData("He took a three-foot trip.", 3, "ft", "three-foot")]
    [InlineData("The 776-foot airship landed.", 776, "ft", "776-foot")]
    [InlineData("A 2.5-mile stretch.", 2.5, "mi", "2.5-mile")]
    [InlineData("Five of the three-ton satellites.", 3, "t", "three-ton")]
    public void Extract_HyphenatedUnitAdjective_IsAMeasurement(string sentence, double value, string unit, string text)
    {
        var claim = ClaimProbe.Single(sentence);
        Assert.Equal(value, claim.Low, 9);
        Assert.Equal(unit, claim.Unit);
        Assert.Equal(text, claim.Text);
    }

    [Theory]
    [InlineData("He is 5'2\" tall.", 62)]
    [InlineData("He is 5′ 2″ tall.", 62)]
    [InlineData("He is 5 ft 2 in tall.", 62)]
    [InlineData("He is 5 feet 2 inches tall.", 62)]
    [InlineData("He is 5 feet and 2 inches tall.", 62)]
    [InlineData("He has a pen that is 10 \" long.", 10)]
    public void Extract_FeetAndInchesOrPrimes_IsOneLengthInInches(string sentence, double inches)
    {
        var claim = ClaimProbe.Single(sentence);
        Assert.Equal("in", claim.Unit);
        Assert.Equal(inches, claim.Low, 9);
        Assert.Equal(inches * 0.0254, claim.SiLow, 9);
    }

    [Theory]
    [InlineData("The weight is 20 (kg)")]
    [InlineData("The weight is 20 [kg]")]
    [InlineData("The weight is 20 {kg}")]
    [InlineData("The weight is 20 <kg>")]
    public void Extract_UnitInBrackets_BelongsToTheNumber(string sentence)
    {
        var claim = ClaimProbe.Single(sentence);
        Assert.Equal("kg", claim.Unit);
        Assert.Equal(20, claim.Low);
    }

    [Theory]
    [InlineData("The length of my pencil is 2 in.")]
    [InlineData("The door is 2 1/2 in thick.")]
    public void Extract_InFollowedByEndOrDimension_IsInches(string sentence) =>
        Assert.Equal("in", ClaimProbe.Single(sentence).Unit);

    [Theory]
    [InlineData("There are two in my car.")]
    [InlineData("Get together for 2 in april.")]
    [InlineData("It was seen by Voyager 2 in 1979.")]
    [InlineData("It has 50,000 in 2020.")]
    public void Extract_InAsPreposition_IsNoInch(string sentence) => Assert.Empty(ClaimProbe.All(sentence));

    [Theory]
    [InlineData("I'm 1.8m tall.", "m")]
    [InlineData("It cost 1.8M dollars.", null)]
    [InlineData("The grid has a size of 2.1 pm.", "pm")]
    public void Extract_CaseAndContextOfShortSymbols_DecideTheUnit(string sentence, string? unit)
    {
        var claims = ClaimProbe.All(sentence);
        if (unit is null)
        {
            Assert.Empty(claims);
        }
        else
        {
            Assert.Equal(unit, Assert.Single(claims).Unit);
        }
    }
}
