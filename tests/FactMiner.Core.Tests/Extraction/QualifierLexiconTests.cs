namespace FactMiner.Core.Tests.Extraction;

/// <summary>Qualifiers as the extractor reports them (the contract's strings).</summary>
public sealed class QualifierLexiconTests
{
    [Theory]
    [InlineData("It is about 60 cm tall.", "about 60 cm")]
    [InlineData("It is approximately 60 cm tall.", "approximately 60 cm")]
    [InlineData("It is around 60 cm tall.", "around 60 cm")]
    [InlineData("It is roughly 60 cm tall.", "roughly 60 cm")]
    [InlineData("It lies some 325 kilometer away.", "some 325 kilometer")]
    [InlineData("It is nearly 60 cm tall.", "nearly 60 cm")]
    [InlineData("It weighs c. 20 kg.", "c. 20 kg")]
    [InlineData("It weighs ca. 20 kg.", "ca. 20 kg")]
    [InlineData("It is ~20 cm long.", "~20 cm")]
    [InlineData("It weighs 20 kg or so.", "20 kg or so")]
    public void Extract_ApproximationWord_AddsApproximate(string sentence, string text)
    {
        var claim = ClaimProbe.Single(sentence);
        Assert.Equal(["approximate"], claim.Qualifiers.ToArray());
        Assert.Equal(text, claim.Text);
    }

    [Theory]
    [InlineData("It weighs up to 300 pounds.", "up to")]
    [InlineData("It weighs as much as 300 pounds.", "up to")]
    [InlineData("It weighs more than 300 pounds.", "more than")]
    [InlineData("It weighs over 300 pounds.", "more than")]
    [InlineData("It weighs at least 300 pounds.", "at least")]
    [InlineData("It weighs 300 pounds or more.", "at least")]
    [InlineData("It lives 20+ years.", "at least")]
    [InlineData("It weighs less than 300 pounds.", "less than")]
    [InlineData("It weighs under 300 pounds.", "less than")]
    public void Extract_BoundWord_AddsTheBoundAndKeepsTheValue(string sentence, string bound)
    {
        var claim = ClaimProbe.Single(sentence);
        Assert.Equal([bound], claim.Qualifiers.ToArray());
        Assert.Equal(claim.Low, claim.High);
    }

    [Fact]
    public void Extract_ApproximateRange_IsApproximateOnBothEnds()
    {
        var claim = ClaimProbe.Single("It weighs between about 15 and 38 pounds.");
        Assert.Equal(["approximate"], claim.Qualifiers.ToArray());
        ClaimProbe.AssertRange(claim, 15, 38, "lb");
    }

    [Theory]
    [InlineData("Males weigh 10 kg.", "male")]
    [InlineData("Females weigh 8 kg.", "female")]
    [InlineData("Adults weigh 10 kg.", "adult")]
    [InlineData("Newborns weigh 1 kg.", "newborn")]
    [InlineData("Calves weigh 1 kg at birth.", "newborn")]
    [InlineData("Juveniles weigh 4 kg.", "juvenile")]
    [InlineData("Wild yaks weigh 1,000 kg.", "wild")]
    [InlineData("It lives 20 years in captivity.", "captive")]
    [InlineData("Captive animals live 20 years.", "captive")]
    [InlineData("Domestic yaks weigh 300 kg.", "domestic")]
    public void Extract_ConditionWord_AddsTheCondition(string sentence, string condition) =>
        Assert.Contains(condition, ClaimProbe.Single(sentence).Qualifiers);

    [Fact]
    public void Extract_ConditionsOfTwoClauses_GoEachToTheirOwnValue()
    {
        var claims = ClaimProbe.All("Adult males weigh 10-15 kg, females 8-12 kg.");
        Assert.Equal(["male", "adult"], claims[0].Qualifiers.ToArray());

        // The females are the adult ones the sentence opened with; their own sex overrides the opening's.
        Assert.Equal(["female", "adult"], claims[1].Qualifiers.ToArray());
    }

    [Theory]
    [InlineData("In 2003 the population was 400 animals.", "2003")]
    [InlineData("The population was 400 animals in 2003.", "2003")]
    [InlineData("By 2022 only 400 animals remained.", "2022")]
    [InlineData("As of May 2010, 400 animals remained.", "2010")]
    public void Extract_YearTheValueHoldsFor_IsAQualifier(string sentence, string year) =>
        Assert.Contains(year, ClaimProbe.Single(sentence).Qualifiers);

    [Fact]
    public void Extract_TwoYears_GiveEachValueTheNearestYearBefore()
    {
        var claims = ClaimProbe.All("In 2003 the herd numbered 450 animals and by 2010 it had 300 animals.");
        Assert.Contains("2003", claims[0].Qualifiers);
        Assert.Contains("2010", claims[1].Qualifiers);
    }

    [Theory]
    [InlineData("The deer weighs 20 kg (1996).")]
    [InlineData("Numbers fell by 40% since 1980.")]
    public void Extract_CitationOrStartYear_IsNoQualifier(string sentence) =>
        Assert.DoesNotContain(ClaimProbe.Single(sentence).Qualifiers, q => q.Length == 4 && char.IsDigit(q[0]));

    [Fact]
    public void Extract_QualifiersInContractOrder_ApproximateBoundConditionsYear()
    {
        var claim = ClaimProbe.Single("In 2003 wild adult males weighed up to about 30 kg.");
        Assert.Equal(["approximate", "up to", "male", "adult", "wild", "2003"], claim.Qualifiers.ToArray());
    }

    [Fact]
    public void Extract_YearInAnotherPartOfTheSentence_IsNoQualifier() =>
        Assert.Empty(ClaimProbe.Single("The pod yields 30–45 g of musk; in 1996 it was worth US$45,000 per kg.").Qualifiers);

    [Fact]
    public void Extract_ConditionBeforeAClauseBreak_StaysWithTheEarlierValue()
    {
        var claims = ClaimProbe.All("Newborn calves weigh 3 kg at birth and are weaned at 4 months.");
        Assert.Equal(["newborn"], claims[0].Qualifiers.ToArray());
        Assert.Empty(claims[1].Qualifiers);
    }

    [Fact]
    public void Extract_SentenceOpensWithConditions_EveryValueHoldsUnderThem()
    {
        var claims = ClaimProbe.All("Adult bulls stand 3-4 m at the shoulder and weigh up to 6,000 kg.");

        Assert.Equal(2, claims.Length);
        Assert.All(claims, c => Assert.Equal(["male", "adult"], c.Qualifiers.Where(q => q is "male" or "adult").ToArray()));
    }

    [Fact]
    public void Extract_NewbornOpening_ReachesTheSecondClause()
    {
        var claims = ClaimProbe.All("A newborn calf weighs about 90-120 kg and stands roughly 90cm tall.");

        Assert.All(claims, c => Assert.Contains("newborn", c.Qualifiers));
    }

    [Fact]
    public void Extract_ValueNamesItsOwnCondition_OverridesTheOpening()
    {
        var claims = ClaimProbe.All("Males weigh about 40 kg, while females weigh 30 kg.");

        Assert.Contains("male", claims[0].Qualifiers);
        Assert.Contains("female", claims[1].Qualifiers);
        Assert.DoesNotContain("male", claims[1].Qualifiers);
    }
}
