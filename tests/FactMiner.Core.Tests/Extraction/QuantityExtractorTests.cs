using System.Runtime.InteropServices;
using FactMiner.Core.Extraction;
using FactMiner.Core.Model;
using FactMiner.Core.Segmentation;

namespace FactMiner.Core.Tests.Extraction;

public sealed class QuantityExtractorTests
{
    [Fact]
    public void Extract_SentenceInsideADocument_UsesDocumentOffsetsIdsAndSubject()
    {
        const string document = "Musk deer are shy. A musk deer is about 60cm tall and has a shoulder height of about 20cm.";
        var sentence = new TextSpan(19, document.Length);
        var tokens = Tokenize(document, sentence);

        var claims = QuantityExtractor.Default.Extract("musk-deer.txt", 9, document, sentence, CollectionsMarshal.AsSpan(tokens), "musk deer");

        Assert.Equal(["musk-deer.txt#9.0", "musk-deer.txt#9.1"], claims.Select(c => c.Id));
        Assert.All(claims, c => Assert.Equal("musk deer", c.Subject));
        Assert.All(claims, c => Assert.Equal(c.Text, document[c.Start..c.End]));
        Assert.Equal("about 60cm", claims[0].Text);
        Assert.Equal(document.IndexOf("about 60cm", StringComparison.Ordinal), claims[0].Start);
    }

    [Fact]
    public void Extract_NoSubject_LeavesSubjectNull() => Assert.Null(ClaimProbe.Single("It weighs 20 kg.").Subject);

    [Theory]
    [InlineData("The Siberian musk deer is classified as vulnerable by the IUCN (1996).")]
    [InlineData("It was first described in 1996.")]
    [InlineData("Numbers have declined in the 1990s.")]
    [InlineData("It has been protected since 1980.")]
    [InlineData("On May 19, the deer was seen again.")]
    [InlineData("It was seen on 19 May 2003.")]
    [InlineData("The survey began on Oct. 13 and ended on Dec. 2.")]
    [InlineData("At 2 pm everybody will be gone.")]
    [InlineData("I arrived at 2.13 am.")]
    [InlineData("The bank robbery begun at 2pm and was over until 2.17pm.")]
    [InlineData("Put out the bad news at 6pm, or at 6 p.m. or at 10:30.")]
    [InlineData("It was the 3rd survey of the 21st century.")]
    [InlineData("The second survey was larger.")]
    [InlineData("1) habitat loss 2) hunting and 3) disease.")]
    [InlineData("It is declining [12] in most of its range [3, 4].")]
    [InlineData("Musk sells for $45,000 per kg.")]
    [InlineData("The project costs $ 46 . 8 million.")]
    [InlineData("It fetched £2,000 or 20 dollars or €10M.")]
    [InlineData("I spent 20 million pounds on this!")]
    [InlineData("Product codes 24703L202, 24703 L-202, scp-173m and scp2-173m.")]
    [InlineData("COVID-19 spread fast.")]
    [InlineData("Musk deer are relatively small and antlerless, with a pair of protruding, tusklike teeth.")]
    [InlineData("The number 1/0 is not a valid value.")]
    [InlineData("The yak was domesticated about 4,500 years ago.")]
    [InlineData("Population density was 4.8 animals per 100 km2.")]
    [InlineData("They were observed at a density of 0.5–1.5 individuals/km2.")]
    public void Extract_NumberThatIsNoMeasurement_GivesNoClaim(string sentence) => Assert.Empty(ClaimProbe.All(sentence));

    [Fact]
    public void Extract_SentenceWithoutNumbers_AllocatesNothing()
    {
        const string text = "Musk deer are strongly territorial and reclusive, mostly traveling alone or in solitary pairs.";
        var tokens = Tokenize(text, new TextSpan(0, text.Length)).ToArray();
        QuantityExtractor.Default.Extract("d", 0, text, new TextSpan(0, text.Length), tokens, null);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var claims = QuantityExtractor.Default.Extract("d", 0, text, new TextSpan(0, text.Length), tokens, null);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(claims.IsEmpty);
        Assert.Equal(0, allocated);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("( ) [ ] - – ~ %")]
    [InlineData("1/0 0/0 ½/¾ 1,,2 1..2 --5 5-- 'in' \"")]
    [InlineData("twenty-one-year-old and-a-half a a a dozen dozen million million")]
    [InlineData("5' 2\" 5'' 5\"\" 5 ft 13 in 5 lb 20 oz")]
    [InlineData("between and to from - 5 to")]
    public void Extract_MessyInput_NeverThrows(string sentence)
    {
        var exception = Record.Exception(() => ClaimProbe.All(sentence));
        Assert.Null(exception);
    }

    [Fact]
    public void Extract_NullDocumentId_Throws() =>
        Assert.Throws<ArgumentNullException>(() => QuantityExtractor.Default.Extract(null!, 0, "It weighs 20 kg."));

    [Fact]
    public void Extract_OneDayIdiom_IsNoDuration() =>
        Assert.Equal(Quantities.Length, ClaimProbe.Single("One day the deer walked three miles.").Quantity);

    [Fact]
    public void Extract_ClaimsInTextOrder_HaveConsecutiveIds()
    {
        var claims = QuantityExtractor.Default.Extract("d.txt", 4, "It weighs 20 kg, stands 1 m tall and lives 15 years.");
        Assert.Equal(["d.txt#4.0", "d.txt#4.1", "d.txt#4.2"], claims.Select(c => c.Id));
        Assert.True(claims[0].Start < claims[1].Start && claims[1].Start < claims[2].Start);
    }

    private static List<Token> Tokenize(string document, TextSpan sentence)
    {
        var tokens = new List<Token>();
        Tokenizer.Default.Tokenize(document.AsSpan(sentence.Start, sentence.Length), sentence.Start, tokens);
        return tokens;
    }
}
