using FactMiner.Core.Extraction;

namespace FactMiner.Core.Tests.Extraction;

/// <summary>The closed word classes and word maps the readers look words up in: a quick bit test answers most words, and
/// it must never turn away a word the table holds in any case.</summary>
public sealed class WordTableTests
{
    [Theory]
    [InlineData("deer")]
    [InlineData("DEER")]
    [InlineData("Deer")]
    [InlineData("plant-eater")]
    [InlineData("PLANT-EATER")]
    [InlineData("Éland")]
    [InlineData("éland")]
    public void WordSet_WordItHoldsInAnyCase_IsFound(string word)
    {
        var set = new WordSet("deer", "plant-eater", "éland", "x");

        Assert.True(set.Contains(word));
    }

    [Theory]
    [InlineData("dear")]
    [InlineData("deers")]
    [InlineData("der")]
    [InlineData("")]
    [InlineData("plant-eaten")]
    public void WordSet_WordItDoesNotHold_IsNotFound(string word)
    {
        var set = new WordSet("deer", "plant-eater", "éland", "x");

        Assert.False(set.Contains(word));
    }

    [Fact]
    public void WordMap_EveryKeyInEitherCase_GivesItsValueAndOtherWordsNone()
    {
        var keys = Enumerable.Range(0, 2000).Select(i => $"w{i}ord{(char)('a' + (i % 26))}").ToArray();
        var map = new WordMap<int>(keys.Select((k, i) => KeyValuePair.Create(k, i)));

        Assert.All(keys.Select((k, i) => (k, i)), pair =>
        {
            Assert.True(map.TryGetValue(pair.k.ToUpperInvariant(), out var value));
            Assert.Equal(pair.i, value);
        });
        Assert.False(map.TryGetValue("w1orda-", out _));
        Assert.False(map.TryGetValue("ıword", out _));
    }

    [Fact]
    public void WordMap_KeyWithNonAsciiEnds_IsFoundThroughCaseFoldingOutsideAscii()
    {
        // A table with a word that starts outside ASCII cannot be filtered by ASCII case folding: every lookup goes through.
        var map = new WordMap<string>([KeyValuePair.Create("Ölkuh", "cow")]);

        Assert.True(map.TryGetValue("ölkuh", out var lemma));
        Assert.Equal("cow", lemma);
    }
}
