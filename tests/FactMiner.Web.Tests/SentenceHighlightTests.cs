namespace FactMiner.Web.Tests;

public sealed class SentenceHighlightTests
{
    [Fact]
    public void Cut_OffsetsOnTheWords_CutsThere()
    {
        var cut = SentenceHighlight.Cut("Adults weigh 7–17 kg when grown.", 100, "7–17 kg", 113);

        Assert.Equal(("Adults weigh ", "7–17 kg", " when grown."), (cut.Before, cut.Value, cut.After));
    }

    [Fact]
    public void Cut_WhitespaceFoldedBeforeTheClaim_FindsTheWordsNearTheOffsets()
    {
        // The document had "weigh\n   about 60 kg": folding removed three characters before the claim.
        var cut = SentenceHighlight.Cut("They weigh about 60 kg, rarely 60 kg more.", 0, "about 60 kg", 14);

        Assert.Equal(("They weigh ", "about 60 kg", ", rarely 60 kg more."), (cut.Before, cut.Value, cut.After));
    }

    [Fact]
    public void Cut_ClaimTextNotInSentence_ShowsTheSentenceUnmarked()
    {
        var cut = SentenceHighlight.Cut("Nothing to see.", 0, "12 kg", 3);

        Assert.Equal(("Nothing to see.", "", ""), (cut.Before, cut.Value, cut.After));
    }
}
