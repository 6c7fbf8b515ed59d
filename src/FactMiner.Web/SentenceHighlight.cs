namespace FactMiner.Web;

/// <summary>A sentence cut around a claim's words, so the page marks the value without ever handling markup.</summary>
internal readonly record struct SentenceHighlight(string Before, string Value, string After)
{
    /// <summary>
    /// Cuts at the claim's offsets when they land on its words; the stored sentence has whitespace runs folded, so offsets
    /// after a fold drift, and then the words are found in the sentence nearest to where the offsets point.
    /// </summary>
    public static SentenceHighlight Cut(string sentence, int sentenceStart, string claimText, int claimStart)
    {
        var expected = claimStart - sentenceStart;
        if (claimText.Length == 0)
        {
            return new SentenceHighlight(sentence, string.Empty, string.Empty);
        }

        if (expected >= 0 && expected + claimText.Length <= sentence.Length
            && sentence.AsSpan(expected, claimText.Length).SequenceEqual(claimText))
        {
            return At(sentence, expected, claimText.Length);
        }

        var folded = string.Join(' ', claimText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var best = -1;
        for (var at = sentence.IndexOf(folded, StringComparison.Ordinal); at >= 0; at = sentence.IndexOf(folded, at + 1, StringComparison.Ordinal))
        {
            if (best < 0 || Math.Abs(at - expected) < Math.Abs(best - expected))
            {
                best = at;
            }
        }

        return best >= 0 ? At(sentence, best, folded.Length) : new SentenceHighlight(sentence, string.Empty, string.Empty);
    }

    private static SentenceHighlight At(string sentence, int start, int length) =>
        new(sentence[..start], sentence.Substring(start, length), sentence[(start + length)..]);
}
