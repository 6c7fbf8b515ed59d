using FactMiner.Core.Model;
using FactMiner.Core.Tests.Support;

namespace FactMiner.Core.Tests.Extraction;

/// <summary>The user's sample (shared/corpora/musk-deer.txt): exactly five claims, each with its attribute, SI range and qualifiers.</summary>
public sealed class MuskDeerSampleTests
{
    [SharedFact]
    public void Extract_Sample_GivesExactlyTheFiveStatedClaims()
    {
        var claims = SampleClaims();

        Assert.Collection(
            claims,
            c => AssertClaim(c, "three to five musk deer", NumericAttributes.Count, Quantities.Count, 3, 5, "1", 3, 5, "1"),
            c => AssertClaim(c, "approximately 25 grams", NumericAttributes.Yield, Quantities.Mass, 25, 25, "g", 0.025, 0.025, "kg", "approximate"),
            c => AssertClaim(c, "about 60cm", NumericAttributes.Height, Quantities.Length, 60, 60, "cm", 0.6, 0.6, "m", "approximate"),
            c => AssertClaim(c, "about 20cm", NumericAttributes.ShoulderHeight, Quantities.Length, 20, 20, "cm", 0.2, 0.2, "m", "approximate"),
            c => AssertClaim(c, "about 15-38 pounds", NumericAttributes.Weight, Quantities.Mass, 15, 38, "lb", 6.80388555, 17.23651006, "kg", "approximate"));
    }

    [SharedFact]
    public void Extract_SampleYearInBrackets_IsNoClaim() =>
        Assert.DoesNotContain(SampleClaims(), c => c.Text.Contains("1996", StringComparison.Ordinal) || c.Low == 1996);

    [SharedFact]
    public void Extract_SampleClaims_PointAtTheirWordsInTheDocument()
    {
        var text = File.ReadAllText(SharedFolder.File("corpora/musk-deer.txt"));
        Assert.All(SampleClaims(), c => Assert.Equal(c.Text, text[c.Start..c.End]));
    }

    /// <remarks>
    /// The sentence splitter is another stage's; a paragraph of this sample is one sentence, so blank lines split it.
    /// "a single male" is read as a count of one naming the animal the musk comes from, not a count fact, so it is
    /// no claim; being a phrase of its own, its "male" does not qualify the 25 grams either.
    /// </remarks>
    private static List<Claim> SampleClaims()
    {
        var text = File.ReadAllText(SharedFolder.File("corpora/musk-deer.txt"));
        var claims = new List<Claim>();
        var index = 0;
        var start = 0;
        while (start < text.Length)
        {
            var gap = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            var end = gap < 0 ? text.Length : gap;
            var tokens = new List<Token>();
            FactMiner.Core.Segmentation.Tokenizer.Default.Tokenize(text.AsSpan(start, end - start), start, tokens);
            if (tokens.Count > 0)
            {
                claims.AddRange(FactMiner.Core.Extraction.QuantityExtractor.Default.Extract(
                    "musk-deer.txt", index++, text, new TextSpan(start, end), System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), "musk deer"));
            }

            start = end + 2;
        }

        return claims;
    }

    private static void AssertClaim(
        Claim claim, string text, string attribute, string quantity, double low, double high, string unit,
        double siLow, double siHigh, string siUnit, params string[] qualifiers)
    {
        Assert.Equal(text, claim.Text);
        Assert.Equal(attribute, claim.Attribute);
        Assert.Equal(quantity, claim.Quantity);
        Assert.Equal(low, claim.Low, 9);
        Assert.Equal(high, claim.High, 9);
        Assert.Equal(unit, claim.Unit);
        Assert.Equal(siLow, claim.SiLow, 8);
        Assert.Equal(siHigh, claim.SiHigh, 8);
        Assert.Equal(siUnit, claim.SiUnit);
        Assert.Equal(qualifiers, claim.Qualifiers.ToArray());
        Assert.Equal("musk deer", claim.Subject);
    }
}
