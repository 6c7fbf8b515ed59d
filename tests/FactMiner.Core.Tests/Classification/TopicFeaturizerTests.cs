using FactMiner.Core.Classification;

namespace FactMiner.Core.Tests.Classification;

public sealed class TopicFeaturizerTests
{
    [Theory]
    [InlineData("It weighs about 60cm.", "it WEIGHS about 7.5 cm")]
    [InlineData("Around 1,200 remain (2019).", "around 35 remain 1996")]
    [InlineData("The animal's horns", "the animals horns")]
    public void Featurize_SameWordsDifferentNumbersCaseOrPunctuation_GiveTheSameVector(string first, string second) =>
        Assert.Equal(Features(first), Features(second));

    [Fact]
    public void Featurize_DifferentWords_GiveDifferentVectors() =>
        Assert.NotEqual(Features("It hunts at night."), Features("It sleeps at night."));

    [Fact]
    public void Featurize_NoWords_AddsNothing() =>
        Assert.Empty(Features(" -- ; () "));

    [Fact]
    public void Featurize_UnseenInflection_SharesCharacterGramsWithItsStem()
    {
        var poaching = Features("poaching");
        var poachers = Features("poachers");

        Assert.NotEmpty(poaching.Keys.Intersect(poachers.Keys));
    }

    private static Dictionary<int, float> Features(string text)
    {
        var counts = FeatureCounts.ForCurrentThread();
        TopicFeaturizer.Featurize(text, counts);
        return counts.Touched.ToArray().ToDictionary(b => b, counts.ValueAt);
    }
}
