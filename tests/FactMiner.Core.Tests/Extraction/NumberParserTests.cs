using FactMiner.Core.Extraction;
using FactMiner.Core.Model;
using FactMiner.Core.Segmentation;

namespace FactMiner.Core.Tests.Extraction;

public sealed class NumberParserTests
{
    [Theory]
    [InlineData("three deer", 3)]
    [InlineData("twenty-one years", 21)]
    [InlineData("ninety five years", 95)]
    [InlineData("a hundred and two deer", 102)]
    [InlineData("one hundred and two", 102)]
    [InlineData("two and a half miles", 2.5)]
    [InlineData("one and a half metres", 1.5)]
    [InlineData("a dozen eggs", 12)]
    [InlineData("two dozen eggs", 24)]
    [InlineData("a couple of deer", 2)]
    [InlineData("half a metre", 0.5)]
    [InlineData("one-half miles", 0.5)]
    [InlineData("a quarter mile", 0.25)]
    [InlineData("three million animals", 3_000_000)]
    [InlineData("five and a half million fishes", 5_500_000)]
    [InlineData("2.4 billion tons", 2_400_000_000)]
    [InlineData("25 lakh tonnes", 2_500_000)]
    [InlineData("0.5k miles", 500)]
    [InlineData("3 dozen eggs", 36)]
    [InlineData("10 000 deer", 10_000)]
    [InlineData("sixty cm", 60)]
    public void TryRead_NumberPhrase_ReadsValue(string text, double expected)
    {
        Assert.True(Read(text, out var reading));
        Assert.Equal(expected, reading.Value, 9);
    }

    [Fact]
    public void TryRead_TwoThirds_ReadsFraction()
    {
        Assert.True(Read("two thirds of the cake", out var reading));
        Assert.Equal(2.0 / 3, reading.Value, 12);
    }

    [Fact]
    public void TryRead_ASingle_IsOneMarkedAsArticleLike()
    {
        Assert.True(Read("a single male", out var reading));
        Assert.Equal(1, reading.Value);
        Assert.True(reading.Has(NumberTraits.One));
    }

    [Fact]
    public void TryRead_Twins_IsTwoYoungBornTogether()
    {
        Assert.True(Read("twins", out var reading));
        Assert.Equal(2, reading.Value);
        Assert.True(reading.Has(NumberTraits.MultipleBirth));
    }

    [Fact]
    public void TryRead_HyphenatedUnitAdjective_KeepsTheUnitPart()
    {
        Assert.True(Read("six-mile trip", out var reading));
        Assert.Equal(6, reading.Value);
        Assert.True(reading.HasInnerUnit);
    }

    [Theory]
    [InlineData("the third time")]
    [InlineData("a metric ton")]
    [InlineData("an animal")]
    [InlineData("half the population")]
    public void TryRead_NotANumber_Refuses(string text) => Assert.False(Read(text, out _));

    [Fact]
    public void TryRead_SpacedThousandsButShortGroup_DoesNotJoin()
    {
        Assert.True(Read("245 23 yen", out var reading));
        Assert.Equal(245, reading.Value);
    }

    private static bool Read(string text, out NumberReading reading)
    {
        var tokens = new List<Token>();
        Tokenizer.Default.Tokenize(text, 0, tokens);
        var view = new SentenceTokens(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), 0);
        return NumberParser.TryRead(view, 0, out reading);
    }
}
