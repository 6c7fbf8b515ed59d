using System.Text;
using FactMiner.Core.Segmentation;

namespace FactMiner.Core.Tests.Segmentation;

public sealed class FoldWhitespaceTests
{
    [Theory]
    [InlineData("Musk deer stand 60 cm tall.", "Musk deer stand 60 cm tall.")]
    [InlineData("Musk deer  stand\n60 cm\r\n tall.", "Musk deer stand 60 cm tall.")]
    [InlineData("Musk\tdeer\u00a0stand\u2009tall.", "Musk deer stand tall.")]
    [InlineData("  Musk deer ", "Musk deer")]
    [InlineData(" ", "")]
    [InlineData("", "")]
    public void FoldWhitespace_EveryRunOfAnyWhitespace_BecomesOneSpaceAndEndsAreTrimmed(string slice, string expected) =>
        Assert.Equal(expected, Segmenter.FoldWhitespace(slice, new StringBuilder()));
}
