using FactMiner.Core.Model;

namespace FactMiner.Core.Tests.Extraction;

/// <summary>Counts of animals: what makes a bare number a count, and what does not.</summary>
public sealed class CountPhraseReaderTests
{
    [Fact]
    public void Extract_NumberWordRangeBeforeAnAnimal_IsACountRange()
    {
        var claim = ClaimProbe.Single("It is estimated that three to five musk deer have to be killed.");
        Assert.Equal(NumericAttributes.Count, claim.Attribute);
        Assert.Equal(Quantities.Count, claim.Quantity);
        ClaimProbe.AssertRange(claim, 3, 5, "1");
        Assert.Equal("three to five musk deer", claim.Text);
        Assert.Equal("1", claim.SiUnit);
    }

    [Fact]
    public void Extract_CountOfTheSubjectsHeadNoun_IsACountEvenForAnAnimalNotInTheLexicon()
    {
        var claim = ClaimProbe.Single("Rangers counted 120 saigas near the lake.", subject: "saiga");
        Assert.Equal(NumericAttributes.Count, claim.Attribute);
        Assert.Equal(120, claim.Low);
    }

    [Theory]
    [InlineData("It takes more than 10 1/2 miles of cable and 23 computers.")]
    [InlineData("In this pit, 50 cars are stored.")]
    [InlineData("They killed at least fourteen people.")]
    [InlineData("I have seen 45 and 50 cases.")]
    [InlineData("The two sexes look alike.")]
    public void Extract_NumberBeforeANonAnimal_IsNoCount(string sentence) =>
        Assert.DoesNotContain(ClaimProbe.All(sentence), c => c.Quantity == Quantities.Count);

    [Theory]
    [InlineData("Hunters must kill many deer to obtain a single male.")]
    [InlineData("One female was seen.")]
    [InlineData("Except for a female and her young, it is solitary.")]
    public void Extract_CountOfOne_IsNoClaim(string sentence) => Assert.Empty(ClaimProbe.All(sentence));

    [Fact]
    public void Extract_LitterOfOne_IsALitterSize()
    {
        var claim = ClaimProbe.Single("The female gives birth to a single fawn.");
        Assert.Equal(NumericAttributes.LitterSize, claim.Attribute);
        Assert.Equal(1, claim.Low);
    }

    [Fact]
    public void Extract_CountOfFemales_CarriesTheCondition()
    {
        var claim = ClaimProbe.Single("Researchers tagged 20 adult females.");
        Assert.Equal(["female", "adult"], claim.Qualifiers.ToArray());
    }

    [Fact]
    public void Extract_BareNumberWithoutNoun_IsNoClaim() => Assert.Empty(ClaimProbe.All("The answer is 42, at the end of times."));

    [Fact]
    public void Extract_BareNumberAfterPopulation_IsAPopulation()
    {
        var claim = ClaimProbe.Single("The world population is 10,000.");
        Assert.Equal(NumericAttributes.Population, claim.Attribute);
        Assert.Equal(10_000, claim.Low);
    }

    [Fact]
    public void Extract_TheTwins_NameAnimalsAndCountNothing() => Assert.Empty(ClaimProbe.All("The twins were weaned early."));

    [Fact]
    public void Extract_PopulationFallingFromOneNumberToAnother_GivesTwoPopulationsWithTheirYears()
    {
        var claims = ClaimProbe.All("The population declined from 2,000 in 1990 to about 500 in 2010.");
        Assert.All(claims, c => Assert.Equal(NumericAttributes.Population, c.Attribute));
        Assert.Equal([2000.0, 500.0], claims.Select(c => c.Low));
        Assert.Equal(["1990"], claims[0].Qualifiers.ToArray());
        Assert.Equal(["approximate", "2010"], claims[1].Qualifiers.ToArray());
    }
}
