using FactMiner.Core.Classification;
using FactMiner.Core.Model;

namespace FactMiner.Core.Tests.Classification;

public sealed class TopicCuesTests
{
    [Theory]
    [InlineData("poachers", "threats")]
    [InlineData("grazing", "diet")]
    [InlineData("mice", "diet")]
    [InlineData("kazakhstan", "distribution")]
    [InlineData("gestation", "reproduction")]
    [InlineData("iucn", "conservation")]
    [InlineData("wool", "human_use")]
    [InlineData("subspecies", "taxonomy")]
    [InlineData("folklore", "other")]
    [InlineData("nocturnal", "behavior")]
    [InlineData("tusks", "morphology")]
    [InlineData("wetlands", "habitat")]
    [InlineData("populations", "population")]
    public void TopicsOf_CueWordOrInflection_SignalsItsTopic(string word, string topic) =>
        Assert.Contains(topic, Names(TopicCues.TopicsOf(word)));

    [Theory]
    [InlineData("the")]
    [InlineData("quickly")]
    [InlineData("restricted")]
    [InlineData("")]
    public void TopicsOf_OrdinaryWord_SignalsNothing(string word) =>
        Assert.Empty(Names(TopicCues.TopicsOf(word)));

    [Fact]
    public void TopicsOf_AmbiguousWord_SignalsEveryTopicItCues() =>
        Assert.Equal(["diet", "threats"], Names(TopicCues.TopicsOf("hunting")));

    [Fact]
    public void CueWords_EveryTopicHasAList() =>
        Assert.All(Topics.All, topic => Assert.True(TopicCueWords.ByTopic[topic].Length > 100, topic));

    private static string[] Names(int mask)
    {
        var names = new List<string>();
        while (mask != 0)
        {
            names.Add(Topics.All[TopicCues.NextTopic(ref mask)]);
        }

        return [.. names];
    }
}
