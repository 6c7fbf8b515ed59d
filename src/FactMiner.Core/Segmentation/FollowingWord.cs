namespace FactMiner.Core.Segmentation;

/// <summary>What follows a candidate boundary: the first word after the whitespace and any opening quotes.</summary>
/// <param name="Shape">How the word begins.</param>
/// <param name="LineBreak">The whitespace before it holds a line break.</param>
/// <param name="ListStart">It starts a list item (a bullet, "2.", "b)").</param>
/// <param name="Start">Offset of the first character after the whitespace.</param>
/// <param name="WordStart">Offset of the word's first letter.</param>
/// <param name="WordEnd">Offset just after its last letter.</param>
internal readonly record struct FollowingWord(WordShape Shape, bool LineBreak, bool ListStart, int Start, int WordStart, int WordEnd)
{
    public static FollowingWord Read(ReadOnlySpan<char> text, int from)
    {
        var j = from;
        var lineBreaks = 0;
        var paragraphEnd = false;
        while (j < text.Length && SentenceChars.IsSpace(text[j]))
        {
            var c = text[j];
            if (SentenceChars.IsLineBreak(c))
            {
                paragraphEnd |= SentenceChars.IsParagraphSeparator(c);
                if (!(c == '\n' && j > from && text[j - 1] == '\r'))
                {
                    lineBreaks++;
                }
            }

            j++;
        }

        if (j >= text.Length || paragraphEnd || lineBreaks >= 2)
        {
            return new FollowingWord(WordShape.End, lineBreaks > 0, false, j, j, j);
        }

        var lineBreak = lineBreaks > 0;
        var listStart = SentenceChars.IsStrongBullet(text[j])
            || ListMarker.TryRead(text, j, out _, out _)
            || (lineBreak && IsWeakBulletItem(text, j));

        var k = j;
        while (k < text.Length && SentenceChars.IsOpener(text[k]))
        {
            k++;
        }

        if (k >= text.Length)
        {
            return new FollowingWord(WordShape.Other, lineBreak, listStart, j, k, k);
        }

        var first = text[k];
        var shape = char.IsUpper(first) ? WordShape.Upper
            : char.IsLower(first) ? WordShape.Lower
            : char.IsDigit(first) ? WordShape.Digit
            : WordShape.Other;
        var end = k;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return new FollowingWord(shape, lineBreak, listStart, j, k, end);
    }

    /// <summary>True when the text goes on with punctuation no sentence can open with: "co. , a unit of".</summary>
    public bool StartsWithContinuingPunctuation(ReadOnlySpan<char> text) =>
        Shape != WordShape.End && text[Start] is ',' or ';' or ':' or '%' or ')' or ']' or '}';

    /// <summary>A dash, star or similar at the start of a line, followed by a space: "- item".</summary>
    public static bool IsWeakBulletItem(ReadOnlySpan<char> text, int at) =>
        at + 1 < text.Length && SentenceChars.IsWeakBullet(text[at]) && SentenceChars.IsHorizontalSpace(text[at + 1]);
}
