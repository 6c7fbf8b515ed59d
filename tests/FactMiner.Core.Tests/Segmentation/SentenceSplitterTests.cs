using FactMiner.Core.Model;
using FactMiner.Core.Segmentation;

namespace FactMiner.Core.Tests.Segmentation;

public sealed partial class SentenceSplitterTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\r\n\t \n\n")]
    public void Split_EmptyOrWhitespace_YieldsNothing(string text) => Assert.Empty(Sentences(text));

    [Fact]
    public void Split_OneLineParagraph_YieldsOneSentence() =>
        Assert.Equal(["Musk deer are strongly territorial."], Sentences("Musk deer are strongly territorial."));

    [Fact]
    public void Split_MultiSentenceParagraph_SplitsAtEachStop() =>
        Assert.Equal(
            ["Musk deer are small.", "They lack antlers!", "Why are they hunted?"],
            Sentences("Musk deer are small. They lack antlers! Why are they hunted?"));

    [Fact]
    public void Split_Offsets_PointIntoOriginalTextTrimmed()
    {
        const string text = "  Musk deer are small.   They lack antlers.  ";
        var spans = new List<TextSpan>();

        SentenceSplitter.Default.Split(text, spans);

        Assert.Equal([new TextSpan(2, 22), new TextSpan(25, 43)], spans);
        Assert.Equal("They lack antlers.", text[spans[1].Start..spans[1].End]);
    }

    [Fact]
    public void Split_ExistingOutput_AppendsAfterIt()
    {
        var spans = new List<TextSpan> { new(100, 200) };

        SentenceSplitter.Default.Split("One. Two.", spans);

        Assert.Equal([new TextSpan(100, 200), new TextSpan(0, 4), new TextSpan(5, 9)], spans);
    }

    [Fact]
    public void Split_BlankLine_IsHardBoundaryEvenWithoutStop() =>
        Assert.Equal(
            ["Ecology and Behavior", "Musk deer are shy."],
            Sentences("Ecology and Behavior\n\nMusk deer are shy."));

    [Fact]
    public void Split_CrLfText_SplitsAtBlankLinesAndTrimsCarriageReturns() =>
        Assert.Equal(
            ["The musk deer is found in Siberia.", "It is shy.", "Populations are declining"],
            Sentences("The musk deer is found in Siberia.\r\n\r\nIt is shy.\r\nPopulations are declining\r\n"));

    [Theory]
    [InlineData("Populations are declining e.g. in Nepal and i.e. everywhere.")]
    [InlineData("The gland weighs approx. 25 grams.")]
    [InlineData("It was described ca. 1758 by Linnaeus.")]
    [InlineData("Dr. Smith saw the deer near St. Petersburg.")]
    [InlineData("They were counted in the U.S. for 20 years.")]
    [InlineData("I work for the U.S. Government in Virginia.")]
    [InlineData("Compare musk deer vs. chevrotains in Fig. 3 and No. 5.")]
    [InlineData("Smith, Jones & Co. found it in Jan. 1996 at the site.")]
    [InlineData("They breed from Nov. to Jan. and give birth in June.")]
    public void Split_AbbreviationInsideSentence_DoesNotSplit(string text) => Assert.Equal([text], Sentences(text));

    [Theory]
    [InlineData("The male weighs 200 lbs. The female is smaller.", "The male weighs 200 lbs.")]
    [InlineData("It ranges over 30 km. Males roam farther.", "It ranges over 30 km.")]
    [InlineData("They eat lichens, moss, etc. Water comes from snow.", "They eat lichens, moss, etc.")]
    [InlineData("The deer lives in the U.S. How odd is that?", "The deer lives in the U.S.")]
    [InlineData("It was bought by Pitt & Co. It closed yesterday.", "It was bought by Pitt & Co.")]
    public void Split_AbbreviationEndingSentence_SplitsBeforeNewSentence(string text, string first)
    {
        var sentences = Sentences(text);

        Assert.Equal(2, sentences.Length);
        Assert.Equal(first, sentences[0]);
    }

    [Theory]
    [InlineData("A musk deer is about 1.5 m long and 0.6 m tall.")]
    [InlineData("She has $100.00 in her bag.")]
    [InlineData("The population fell by 3.25% in 1996.")]
    public void Split_Decimals_DoNotSplit(string text) => Assert.Equal([text], Sentences(text));

    [Fact]
    public void Split_NumberEndingSentence_Splits() =>
        Assert.Equal(["The count was 1,200.", "It fell later."], Sentences("The count was 1,200. It fell later."));

    [Theory]
    [InlineData("The book was written by J. R. R. Tolkien in England.")]
    [InlineData("My name is Jonas E. Smith.")]
    [InlineData("M. berezovskii is the dwarf musk deer.")]
    public void Split_Initials_DoNotSplit(string text) => Assert.Equal([text], Sentences(text));

    [Fact]
    public void Split_InitialEndingSentence_SplitsBeforeOpener() =>
        Assert.Equal(
            ["We make a good team, you and I.", "Did you see Albert I. Jones?"],
            Sentences("We make a good team, you and I. Did you see Albert I. Jones?"));

    [Theory]
    [InlineData("I never meant that.... She left.", new[] { "I never meant that....", "She left." })]
    [InlineData("They rest at dusk… Then they feed.", new[] { "They rest at dusk…", "Then they feed." })]
    [InlineData("It was really ... well, odd.", new[] { "It was really ... well, odd." })]
    [InlineData("He wrote \"Bohr [...] said\" (Smith 55).", new[] { "He wrote \"Bohr [...] said\" (Smith 55)." })]
    [InlineData("The thing is . . . I did not mean it.", new[] { "The thing is . . . I did not mean it." })]
    public void Split_Ellipsis_SplitsOnlyBeforeNewSentence(string text, string[] expected) =>
        Assert.Equal(expected, Sentences(text));

    [Fact]
    public void Split_ClosingQuote_BelongsToSentenceBeforeIt() =>
        Assert.Equal(
            ["She said, \"This is great.\"", "She left."],
            Sentences("She said, \"This is great.\" She left."));

    [Fact]
    public void Split_QuoteFollowedByLowerCase_DoesNotSplit() =>
        Assert.Equal(["“This is great.” she said."], Sentences("“This is great.” she said."));

    [Fact]
    public void Split_ClosingBracket_BelongsToSentenceBeforeIt() =>
        Assert.Equal(
            ["Musk deer are shy (they hide by day.)", "They feed at night."],
            Sentences("Musk deer are shy (they hide by day.) They feed at night."));

    [Fact]
    public void Split_SentenceInsideBracketsMidSentence_DoesNotSplit() =>
        Assert.Equal(
            ["He teaches science (He worked 5 years as an engineer.) at the University."],
            Sentences("He teaches science (He worked 5 years as an engineer.) at the University."));

    [Fact]
    public void Split_FootnoteMarks_StayWithTheirSentence() =>
        Assert.Equal(
            ["The deer is found in Asia.[2][3]", "It is shy."],
            Sentences("The deer is found in Asia.[2][3] It is shy."));

    [Theory]
    [InlineData("1. The first item 2. The second item", new[] { "1. The first item", "2. The second item" })]
    [InlineData("1) The first item. 2) The second item.", new[] { "1) The first item.", "2) The second item." })]
    [InlineData("a. The first item b. The second item", new[] { "a. The first item", "b. The second item" })]
    [InlineData("• Hunting for musk • Habitat loss", new[] { "• Hunting for musk", "• Habitat loss" })]
    [InlineData("Threats:\n- hunting for musk\n- habitat loss", new[] { "Threats:", "- hunting for musk", "- habitat loss" })]
    [InlineData("Threats:\n1. Hunting\n2. Habitat loss", new[] { "Threats:", "1. Hunting", "2. Habitat loss" })]
    public void Split_Lists_SplitsBeforeEachItem(string text, string[] expected) => Assert.Equal(expected, Sentences(text));

    [Theory]
    [InlineData("Ecology and Behavior Himalayan musk deer are most active between dusk and dawn.")]
    [InlineData("Threats: While habitat destruction poses a threat, hunting is worse.")]
    public void Split_HeadingDebrisGluedToSentence_StaysOneSentence(string text) => Assert.Equal([text], Sentences(text));

    [Fact]
    public void Split_TruncatedLineWithoutStop_EndsAtParagraphBreak() =>
        Assert.Equal(
            ["Musk deer are active at night, although during this period they", "Populations are declining."],
            Sentences("Musk deer are active at night, although during this period they\n\nPopulations are declining."));

    [Fact]
    public void Split_NewlineAfterStop_IsBoundaryEvenBeforeLowerCase() =>
        Assert.Equal(["The deer is small.", "musk is its gland."], Sentences("The deer is small.\nmusk is its gland."));

    [Fact]
    public void Split_NewlineMidSentence_DoesNotSplit() =>
        Assert.Equal(
            ["The musk deer is found in the\nHimalayas, eastern Asia, and\nsiberia."],
            Sentences("The musk deer is found in the\nHimalayas, eastern Asia, and\nsiberia."));

    [Fact]
    public void Split_HeadingLineThenSentence_SplitsAtNewline() =>
        Assert.Equal(
            ["Ecology and Behavior", "Musk deer are shy."],
            Sentences("Ecology and Behavior\nMusk deer are shy."));

    [Theory]
    [InlineData("Her email is Jane.Doe@example.com. I sent her an email.", "Her email is Jane.Doe@example.com.")]
    [InlineData("See https://www.example.50.com/new-site/a.html. Please check it out.", "See https://www.example.50.com/new-site/a.html.")]
    public void Split_AddressesEndingSentence_SplitOnlyAfterAddress(string text, string first) =>
        Assert.Equal([first, text[(first.Length + 1)..]], Sentences(text));

    [Theory]
    [InlineData("Hello!? Is that you?", new[] { "Hello!?", "Is that you?" })]
    [InlineData("Really?! It weighs that much?", new[] { "Really?!", "It weighs that much?" })]
    [InlineData("She works at Yahoo! in the accounting department.", new[] { "She works at Yahoo! in the accounting department." })]
    public void Split_QuestionAndExclamationRuns_SplitBeforeNewSentence(string text, string[] expected) =>
        Assert.Equal(expected, Sentences(text));

    [Fact]
    public void Split_MissingSpaceAfterStop_SplitsBetweenWords() =>
        Assert.Equal(["Hello world.", "Today is Tuesday."], Sentences("Hello world.Today is Tuesday."));

    [Fact]
    public void Split_TitleBeforeLineBreak_KeepsNameTogether() =>
        Assert.Equal(["We met Dr.\nSmith there."], Sentences("We met Dr.\nSmith there."));

    [Fact]
    public void Split_NumberAfterFigure_StaysWithIt() =>
        Assert.Equal(["See Fig. 2.", "Read more »"], Sentences("See Fig. 2. Read more »"));

    [Fact]
    public void Split_FootnoteGluedToNextSentence_SplitsAfterFootnote() =>
        Assert.Equal(["The deer lives in Asia.[1]", "The next one."], Sentences("The deer lives in Asia.[1]The next one."));

    [Fact]
    public void Split_StopBeforeCommaOrClosingBracket_DoesNotSplit() =>
        Assert.Equal(
            ["Musk deer are shy (they hide by day . ) and quiet, like the U.S. , Canadian and other deer."],
            Sentences("Musk deer are shy (they hide by day . ) and quiet, like the U.S. , Canadian and other deer."));

    [Fact]
    public void Split_TitleAbbreviationBeforeSentenceOpener_Splits() =>
        Assert.Equal(["The zoo is on Main St.", "The deer live there."], Sentences("The zoo is on Main St. The deer live there."));

    [Fact]
    public void Split_WarmSplitter_AllocatesNothingBeyondTheOutputList()
    {
        const string paragraph = "Dr. J. R. Smith weighed 200 lbs. The male (approx. 1.5 m) lives in the U.S. Government park... "
            + "Is it shy?! Yes.\n\n1. First item 2. Second item • Third\r\nThreats: While hunting continues\n";
        var text = string.Concat(Enumerable.Repeat(paragraph, 50));
        var spans = new List<TextSpan>(4096);
        SentenceSplitter.Default.Split(text, spans);
        spans.Clear();

        var before = GC.GetAllocatedBytesForCurrentThread();
        SentenceSplitter.Default.Split(text, spans);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(8 * 50, spans.Count);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Split_RandomMessyText_YieldsOrderedTrimmedSpansInRange()
    {
        const string alphabet = "aZ .?!…\"'”’()[]•⁃-12\n\r\t\u2029\uFEFF:;,@/";
        var random = new Random(20240611);
        var buffer = new char[64];
        for (var round = 0; round < 2000; round++)
        {
            var length = random.Next(buffer.Length);
            for (var k = 0; k < length; k++)
            {
                buffer[k] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(buffer, 0, length);
            var spans = new List<TextSpan>();

            SentenceSplitter.Default.Split(text, spans);

            var previousEnd = 0;
            foreach (var span in spans)
            {
                Assert.True(span.Start >= previousEnd && span.Start < span.End && span.End <= text.Length, $"bad span {span} in {text}");
                Assert.False(char.IsWhiteSpace(text[span.Start]) || char.IsWhiteSpace(text[span.End - 1]), $"untrimmed {span} in {text}");
                previousEnd = span.End;
            }
        }
    }

    [Theory]
    [InlineData(".")]
    [InlineData("...")]
    [InlineData("?!\n\n\r")]
    [InlineData("1.")]
    [InlineData("• ")]
    [InlineData("a) ")]
    [InlineData("[")]
    [InlineData("Mr.")]
    [InlineData("\uFEFF\u200B")]
    public void Split_DegenerateInput_DoesNotThrowAndSpansAreInRange(string text)
    {
        var spans = new List<TextSpan>();

        SentenceSplitter.Default.Split(text, spans);

        Assert.All(spans, s => Assert.True(s.Start >= 0 && s.Start < s.End && s.End <= text.Length));
    }
}
