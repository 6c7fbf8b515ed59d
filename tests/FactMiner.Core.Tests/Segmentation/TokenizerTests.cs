using FactMiner.Core.Model;
using FactMiner.Core.Segmentation;

namespace FactMiner.Core.Tests.Segmentation;

public sealed class TokenizerTests
{
    private const TokenKind W = TokenKind.Word;
    private const TokenKind N = TokenKind.Number;
    private const TokenKind S = TokenKind.Symbol;
    private const TokenKind P = TokenKind.Punctuation;

    [Theory]
    [InlineData("60cm", "60|cm")]
    [InlineData("200lbs", "200|lbs")]
    [InlineData("3kg", "3|kg")]
    [InlineData("1.5m", "1.5|m")]
    [InlineData("2,500km²", "2,500|km²")]
    [InlineData("10km/h", "10|km/h")]
    [InlineData("30°C", "30|°C")]
    [InlineData("60cm.", "60|cm|.")]
    public void Tokenize_UnitGluedToNumber_SplitsNumberAndUnit(string text, string expected) =>
        AssertTexts(text, expected);

    [Fact]
    public void Tokenize_GluedUnit_NumberThenWord() =>
        AssertTokens("about 60cm tall", ("about", W), ("60", N), ("cm", W), ("tall", W));

    [Theory]
    [InlineData("15-38", "15|-|38")]
    [InlineData("15–38", "15|–|38")]
    [InlineData("1.5-2.5", "1.5|-|2.5")]
    [InlineData("10-15cm", "10|-|15|cm")]
    [InlineData("20cm-60cm", "20|cm|-|60|cm")]
    [InlineData("3-inch", "3|-|inch")]
    [InlineData("2-year-old", "2|-|year-old")]
    public void Tokenize_DashAfterDigit_SplitsIntoThree(string text, string expected) =>
        AssertTexts(text, expected);

    [Fact]
    public void Tokenize_NumericRange_DashIsOneCharSymbol()
    {
        AssertTokens("15-38", ("15", N), ("-", S), ("38", N));
        AssertTokens("15–38", ("15", N), ("–", S), ("38", N));
    }

    [Fact]
    public void Tokenize_WeighingRange_MatchesSampleSentence() =>
        AssertTokens(
            "weighing about 15-38 pounds.",
            ("weighing", W), ("about", W), ("15", N), ("-", S), ("38", N), ("pounds", W), (".", P));

    [Fact]
    public void Tokenize_Percent_NumberThenSymbol() => AssertTokens("40%", ("40", N), ("%", S));

    [Fact]
    public void Tokenize_Currency_SymbolThenNumber() => AssertTokens("$5", ("$", S), ("5", N));

    [Fact]
    public void Tokenize_Tilde_SymbolThenNumber() => AssertTokens("~60", ("~", S), ("60", N));

    [Fact]
    public void Tokenize_Parenthesised_SplitsBrackets() =>
        AssertTokens("(1996)", ("(", P), ("1996", N), (")", P));

    [Fact]
    public void Tokenize_FeetAndInches_SplitsApostropheAndQuote() =>
        AssertTokens("5'11\"", ("5", N), ("'", P), ("11", N), ("\"", P));

    [Fact]
    public void Tokenize_SentenceFinalPeriod_SplitsOff() =>
        AssertTokens("is tall.", ("is", W), ("tall", W), (".", P));

    [Fact]
    public void Tokenize_UnitBeforeFinalPeriod_SplitsOff() => AssertTexts("200 lbs.", "200|lbs|.");

    [Fact]
    public void Tokenize_ClausePunctuation_SplitsOff() =>
        AssertTokens(
            "Threats: deer, musk; \"pod\"",
            ("Threats", W), (":", P), ("deer", W), (",", P), ("musk", W), (";", P), ("\"", P), ("pod", W), ("\"", P));

    [Fact]
    public void Tokenize_CurlyQuotes_SplitOff() => AssertTexts("“pod”", "“|pod|”");

    [Theory]
    [InlineData("musk-deer")]
    [InlineData("six-mile")]
    [InlineData("well-known")]
    [InlineData("COVID-19")]
    [InlineData("e.g.")]
    [InlineData("i.e.")]
    [InlineData("U.S.")]
    [InlineData("approx.")]
    [InlineData("ca.")]
    [InlineData("c.")]
    [InlineData("etc.")]
    [InlineData("Dr.")]
    [InlineData("M.")]
    [InlineData("A.")]
    [InlineData("km/h")]
    [InlineData("m/s")]
    [InlineData("m²")]
    [InlineData("km2")]
    [InlineData("3rd")]
    [InlineData("21st")]
    [InlineData("1990s")]
    [InlineData("10:30")]
    [InlineData("O'Brien")]
    [InlineData("don’t")]
    [InlineData("https://example.org/musk-deer?a=1")]
    public void Tokenize_KnownWholeWord_OneWordToken(string text) => AssertTokens(text, (text, W));

    [Theory]
    [InlineData("2,500")]
    [InlineData("1,200,000")]
    [InlineData("1.5")]
    [InlineData("0.75")]
    [InlineData(".75")]
    [InlineData("1/2")]
    [InlineData("½")]
    [InlineData("10½")]
    [InlineData("10 1/2")]
    [InlineData("10 ½")]
    public void Tokenize_Number_OneNumberToken(string text) => AssertTokens(text, (text, N));

    [Fact]
    public void Tokenize_MixedFractionInSentence_JoinsAcrossTheSpace() =>
        AssertTokens("about 10 1/2 inches", ("about", W), ("10 1/2", N), ("inches", W));

    [Fact]
    public void Tokenize_TwoSeparateNumbers_NotJoined() => AssertTexts("10 12", "10|12");

    [Fact]
    public void Tokenize_MixedFractionSplitAcrossCalls_NotJoined()
    {
        var output = new List<Token>();
        Tokenizer.Default.Tokenize("10", 0, output);
        Tokenizer.Default.Tokenize("1/2", 3, output);
        Assert.Equal(2, output.Count);
    }

    [Theory]
    [InlineData("1,5", "1|,|5")]
    [InlineData("deer,musk", "deer|,|musk")]
    [InlineData("tall.The", "tall|.|The")]
    [InlineData("and/or", "and|/|or")]
    [InlineData("5/day", "5|/|day")]
    [InlineData("deer—the", "deer|—|the")]
    [InlineData("deer--the", "deer|--|the")]
    [InlineData("wait...what", "wait|...|what")]
    [InlineData("...and", "...|and")]
    [InlineData("deer's", "deer|'s")]
    [InlineData("deer’s", "deer|’s")]
    [InlineData("(e.g.,", "(|e.g.|,")]
    [InlineData("etc.)", "etc.|)")]
    [InlineData("30+", "30|+")]
    [InlineData("-5", "-|5")]
    [InlineData("US$5", "US|$|5")]
    [InlineData("€20", "€|20")]
    [InlineData("3×4", "3|×|4")]
    [InlineData("why?!", "why|?|!")]
    [InlineData("years.[10]", "years|.|[|10|]")]
    [InlineData("1980s.[21]", "1980s|.|[|21|]")]
    [InlineData("344 g.", "344|g|.")]
    [InlineData("0.46 m.", "0.46|m|.")]
    [InlineData("== Conservation ==", "==|Conservation|==")]
    public void Tokenize_AffixesAndInfixes_SplitAsSpacyWould(string text, string expected) =>
        AssertTexts(text, expected);

    [Fact]
    public void Tokenize_Possessive_IsAWord() => AssertTokens("deer's", ("deer", W), ("'s", W));

    [Fact]
    public void Tokenize_Ellipsis_IsOnePunctuationToken() => AssertTokens("so...", ("so", W), ("...", P));

    [Fact]
    public void Tokenize_Offset_AddedToEveryStart()
    {
        var output = new List<Token>();
        Tokenizer.Default.Tokenize("about 60cm", 100, output);
        Assert.Equal([new Token(100, 5, W), new Token(106, 2, N), new Token(108, 2, W)], output);
    }

    [Fact]
    public void Tokenize_ExistingOutput_AppendsWithoutClearing()
    {
        var output = new List<Token> { new(0, 3, W) };
        Tokenizer.Default.Tokenize("deer", 4, output);
        Assert.Equal([new Token(0, 3, W), new Token(4, 4, W)], output);
    }

    [Fact]
    public void Tokenize_WhitespaceAndControlCharacters_NeverTokens() =>
        AssertTexts(" \t\r\n deer\u0000\u200Bmusk\u00A0 \u2003", "deer|musk");

    [Fact]
    public void Tokenize_Emoji_SplitOffWhole() => AssertTokens("deer🦌!", ("deer", W), ("🦌", S), ("!", P));

    [Fact]
    public void Tokenize_EmojiSequence_KeptAsOneGrapheme() =>
        AssertTexts("👨‍👩‍👧 ❤️deer 👍🏽", "👨‍👩‍👧|❤️|deer|👍🏽");

    [Fact]
    public void Tokenize_LetterOutsideBasicPlane_StaysInWord() => AssertTokens("a𝐀b", ("a𝐀b", W));

    [Fact]
    public void Tokenize_FullSampleSentence_RoundTrips()
    {
        const string text = "The Siberian musk deer is classified as vulnerable by the IUCN (1996). "
            + "A musk deer is about 60cm tall and has a shoulder height of about 20cm.";
        var tokens = Tokenize(text);
        Assert.Equal(
            "The|Siberian|musk|deer|is|classified|as|vulnerable|by|the|IUCN|(|1996|)|.|"
            + "A|musk|deer|is|about|60|cm|tall|and|has|a|shoulder|height|of|about|20|cm|.",
            string.Join('|', tokens.Select(t => text.Substring(t.Start, t.Length))));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\uD800")]
    [InlineData("\uDC00abc\uD83D")]
    [InlineData("a\uD83D\uD83Db")]
    [InlineData("''''\"\"((()))")]
    [InlineData("--------")]
    [InlineData("...............")]
    [InlineData("1,2,3,4,,,5..6//7::8")]
    [InlineData("\u0301\u0301é\u200D\u200D")]
    [InlineData("㎞²³⁄⁄½½½")]
    [InlineData("'s's's")]
    [InlineData("e.g.e.g.e.g.")]
    [InlineData("10 1/ 2 1/2/3 4 ½½")]
    public void Tokenize_MessyInput_ValidOffsetsCoveringAllNonSpace(string text) => AssertCoversText(text);

    [Fact]
    public void Tokenize_RandomUnicode_NeverThrowsAndOffsetsValid()
    {
        var random = new Random(7);
        var pool = "ab Z09.,;:-–—/'’\"()[]%$€~½²°×?! \t\n\u0000\u200B🦌\uD800\uDC00\u0301é𝐀km";
        for (var round = 0; round < 2000; round++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = random.Next(4) == 0 ? (char)random.Next(0, 0x10000) : pool[random.Next(pool.Length)];
            }

            AssertCoversText(new string(chars));
        }
    }

    private static List<Token> Tokenize(string text)
    {
        var output = new List<Token>();
        Tokenizer.Default.Tokenize(text, 0, output);
        return output;
    }

    private static void AssertTexts(string text, string expected)
    {
        var tokens = Tokenize(text);
        Assert.Equal(expected, string.Join('|', tokens.Select(t => text.Substring(t.Start, t.Length))));
    }

    private static void AssertTokens(string text, params (string Text, TokenKind Kind)[] expected)
    {
        var tokens = Tokenize(text);
        Assert.Equal(expected, tokens.Select(t => (text.Substring(t.Start, t.Length), t.Kind)).ToArray());
    }

    /// <summary>Tokens are in order, do not overlap, and together hold every non-separator character.</summary>
    private static void AssertCoversText(string text)
    {
        var tokens = Tokenize(text);
        var covered = new bool[text.Length];
        var previousEnd = 0;
        foreach (var token in tokens)
        {
            Assert.True(token.Length > 0, $"empty token in {Escape(text)}");
            Assert.True(token.Start >= previousEnd && token.End <= text.Length, $"bad offsets in {Escape(text)}");
            Assert.False(char.IsWhiteSpace(text[token.Start]), $"token starts with whitespace in {Escape(text)}");
            for (var i = token.Start; i < token.End; i++)
            {
                covered[i] = true;
            }

            previousEnd = token.End;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var separator = char.IsWhiteSpace(text[i]) || char.IsControl(text[i]) || text[i] is '\u200B' or '\u2060' or '\uFEFF';
            Assert.True(covered[i] || separator, $"char {i} of {Escape(text)} lost");
        }
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}"));
}
