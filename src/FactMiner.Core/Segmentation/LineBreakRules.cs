namespace FactMiner.Core.Segmentation;

/// <summary>Decides whether a single line break inside a paragraph ends a sentence.</summary>
/// <remarks>
/// A line that ends in terminal punctuation was already judged with the break in view, so only lines without
/// a final stop reach these rules: scraped headings and cut-off sentences end at the break, wrapped lines do not.
/// </remarks>
internal static class LineBreakRules
{
    /// <param name="text">The whole text.</param>
    /// <param name="segmentStart">Where the current sentence began.</param>
    /// <param name="breakAt">Offset of the line break.</param>
    /// <param name="nextLineStart">Offset of the first non-space character after it.</param>
    public static bool EndsSentence(ReadOnlySpan<char> text, int segmentStart, int breakAt, int nextLineStart)
    {
        var end = breakAt;
        while (end > segmentStart && SentenceChars.IsSpace(text[end - 1]))
        {
            end--;
        }

        if (end == segmentStart || nextLineStart >= text.Length)
        {
            return false;
        }

        var stop = end;
        while (stop > segmentStart && SentenceChars.IsCloser(text[stop - 1]))
        {
            stop--;
        }

        if (stop > segmentStart && SentenceChars.IsTerminal(text[stop - 1]))
        {
            return false;
        }

        var first = text[nextLineStart];
        if (SentenceChars.IsStrongBullet(first)
            || FollowingWord.IsWeakBulletItem(text, nextLineStart)
            || ListMarker.TryRead(text, nextLineStart, out _, out _))
        {
            return true;
        }

        // "Threats:" / "While habitat ...", "the musk-" / "deer": the sentence goes on.
        if (text[end - 1] is ',' or ';' or ':' or '-' or '–' or '—' or '/' or '&' or '(' or '[' or '+')
        {
            return false;
        }

        if (first is '(' or '[' or ',' or ';' or ':' or ')' or ']' or '}' or '%')
        {
            return false;
        }

        var k = nextLineStart;
        while (k < text.Length && SentenceChars.IsOpener(text[k]))
        {
            k++;
        }

        if (k < text.Length && char.IsLower(text[k]))
        {
            return false;
        }

        var wordStart = end;
        while (wordStart > segmentStart && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        return wordStart == end || !RunOnWords.Contains(text[wordStart..end]);
    }
}
