using FactMiner.Core.Model;

namespace FactMiner.Core.Tests.Extraction;

/// <summary>The contract attribute each value gets from the words around it.</summary>
public sealed class AttributeCuesTests
{
    [Theory]
    [InlineData("A musk deer is about 60cm tall.", NumericAttributes.Height)]
    [InlineData("It stands 1.2 m high.", NumericAttributes.Height)]
    [InlineData("It has a height of 2 m.", NumericAttributes.Height)]
    [InlineData("It has a shoulder height of about 20cm.", NumericAttributes.ShoulderHeight)]
    [InlineData("Adults stand 60 cm at the shoulder.", NumericAttributes.ShoulderHeight)]
    [InlineData("It is 1.5 m long.", NumericAttributes.BodyLength)]
    [InlineData("Head and body length is 70-100 cm.", NumericAttributes.BodyLength)]
    [InlineData("Its head-and-body length is 70-100 cm.", NumericAttributes.BodyLength)]
    [InlineData("The tail is 4-6 cm long.", NumericAttributes.TailLength)]
    [InlineData("It weighs 15 kg.", NumericAttributes.Weight)]
    [InlineData("Musk deer are small, weighing about 15-38 pounds.", NumericAttributes.Weight)]
    [InlineData("Its body mass is 15 kg.", NumericAttributes.Weight)]
    [InlineData("A male yields approximately 25 grams of raw musk.", NumericAttributes.Yield)]
    [InlineData("Each animal produces 2 kg of wool a year.", NumericAttributes.Yield)]
    [InlineData("It lives up to 20 years.", NumericAttributes.Lifespan)]
    [InlineData("Its lifespan is 10-15 years.", NumericAttributes.Lifespan)]
    [InlineData("Gestation lasts 185-195 days.", NumericAttributes.Gestation)]
    [InlineData("Pregnancy lasts about 6 months.", NumericAttributes.Gestation)]
    [InlineData("The young are born after about 4 months.", NumericAttributes.Gestation)]
    [InlineData("Young reach maturity at 18 months.", NumericAttributes.Age)]
    [InlineData("The 28-year-old keeper retired.", NumericAttributes.Age)]
    [InlineData("It runs at 60 km/h.", NumericAttributes.Speed)]
    [InlineData("It lives at elevations of 2,500 to 4,000 m.", NumericAttributes.Elevation)]
    [InlineData("It is found up to 4,000 m above sea level.", NumericAttributes.Elevation)]
    [InlineData("It lives at altitudes between 2,600 and 3,600 m.", NumericAttributes.Elevation)]
    [InlineData("The town lies 200 miles north of the capital.", NumericAttributes.Distance)]
    [InlineData("They migrate 300 km each spring.", NumericAttributes.Distance)]
    [InlineData("The home range covers 190 km2.", NumericAttributes.Area)]
    [InlineData("About 40% of the population lives in China.", NumericAttributes.Percentage)]
    [InlineData("The population was estimated at 2,500.", NumericAttributes.Population)]
    [InlineData("Fewer than 2,500 mature individuals remain.", NumericAttributes.Population)]
    [InlineData("Three to five musk deer have to be killed.", NumericAttributes.Count)]
    [InlineData("Females give birth to one or two fawns.", NumericAttributes.LitterSize)]
    [InlineData("The litter size is 2-3.", NumericAttributes.LitterSize)]
    [InlineData("A clutch of 4 eggs.", NumericAttributes.LitterSize)]
    [InlineData("Females usually give birth to twins.", NumericAttributes.LitterSize)]
    public void Choose_CueWord_GivesTheContractAttribute(string sentence, string attribute) =>
        Assert.Equal(attribute, ClaimProbe.Single(sentence).Attribute);

    [Theory]
    [InlineData("Its horns grow up to 1 m long.")]
    [InlineData("A 3-inch tusk was found.")]
    [InlineData("The stick is 1.5 m.")]
    [InlineData("They walked for 20 minutes.")]
    [InlineData("It eats 5 kg of grass daily.")]
    public void Choose_NoFittingCue_IsOther(string sentence) =>
        Assert.Equal(NumericAttributes.Other, ClaimProbe.Single(sentence).Attribute);

    [Fact]
    public void Choose_TwoValuesTwoCues_EachValueGetsItsOwn()
    {
        var claims = ClaimProbe.All("A musk deer is about 60cm tall and has a shoulder height of about 20cm.");
        Assert.Equal([NumericAttributes.Height, NumericAttributes.ShoulderHeight], claims.Select(c => c.Attribute));
    }

    [Fact]
    public void Choose_ReachesMaturityThenLives_AgeThenLifespan()
    {
        var claims = ClaimProbe.All("It reaches sexual maturity at 18 months and lives 15 years.");
        Assert.Equal([NumericAttributes.Age, NumericAttributes.Lifespan], claims.Select(c => c.Attribute));
    }

    [Fact]
    public void Choose_TailAndBodyInOneSentence_KeepsThemApart()
    {
        var claims = ClaimProbe.All("The tail is 4-6 cm long and the head and body length is 70-100 cm.");
        Assert.Equal([NumericAttributes.TailLength, NumericAttributes.BodyLength], claims.Select(c => c.Attribute));
    }

    [Fact]
    public void Choose_SpeciesNameBeforeAWeight_IsNoYield()
    {
        var claim = ClaimProbe.Single("Musk deer weigh 15 kg.");
        Assert.Equal(NumericAttributes.Weight, claim.Attribute);
    }

    [Fact]
    public void Choose_NoseToTail_IsBodyLengthNotTailLength() =>
        Assert.Equal(NumericAttributes.BodyLength, ClaimProbe.Single("It measures 1.2 m from nose to tail.").Attribute);

    [Fact]
    public void Choose_SecondValueOfTheSameKindWithoutCue_ContinuesTheFirst()
    {
        var claims = ClaimProbe.All("Tahr live 14–15 years in the wild and up to 22 years in captivity.");
        Assert.All(claims, c => Assert.Equal(NumericAttributes.Lifespan, c.Attribute));
        Assert.Equal(["wild"], claims[0].Qualifiers.ToArray());
        Assert.Equal(["up to", "captive"], claims[1].Qualifiers.ToArray());
    }
}
