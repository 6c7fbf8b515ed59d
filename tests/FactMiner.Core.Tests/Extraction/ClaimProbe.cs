using System.Collections.Immutable;
using FactMiner.Core.Extraction;
using FactMiner.Core.Model;

namespace FactMiner.Core.Tests.Extraction;

/// <summary>Runs the extractor over one sentence, tokenized the way the pipeline tokenizes it.</summary>
internal static class ClaimProbe
{
    public static ImmutableArray<Claim> All(string sentence, string? subject = null) =>
        QuantityExtractor.Default.Extract("doc", 0, sentence, subject);

    public static Claim Single(string sentence, string? subject = null) => Assert.Single(All(sentence, subject));

    public static void AssertRange(Claim claim, double low, double high, string unit)
    {
        Assert.Equal(low, claim.Low, 9);
        Assert.Equal(high, claim.High, 9);
        Assert.Equal(unit, claim.Unit);
    }
}
