using FactMiner.Core.Model;

namespace FactMiner.Core.Segmentation;

/// <summary>Splits scraped English text into sentences, as offsets into the text.</summary>
/// <remarks>
/// Blank lines are hard boundaries. Inside a paragraph, terminal punctuation ends a sentence unless it belongs to
/// an abbreviation, a number, an address, an initial or an omission; a line without a final stop ends its sentence
/// unless the next line plainly carries it on. Rule tables live in <see cref="Abbreviations"/>,
/// <see cref="SentenceOpeners"/> and <see cref="RunOnWords"/>.
/// </remarks>
public sealed class SentenceSplitter
{
    private SentenceSplitter()
    {
    }

    /// <summary>The splitter for English.</summary>
    public static SentenceSplitter Default { get; } = new();

    /// <summary>
    /// Appends the sentences of <paramref name="text"/> as half-open spans [Start, End) relative to
    /// <paramref name="text"/>, each trimmed of surrounding whitespace, in order. Never throws on any input.
    /// </summary>
    public void Split(ReadOnlySpan<char> text, List<TextSpan> output)
    {
        ArgumentNullException.ThrowIfNull(output);

        var start = 0;
        var list = ListMarker.None;
        var i = StartSentence(text, start, ref list);
        while (i < text.Length)
        {
            var c = text[i];
            if (SentenceChars.IsLineBreak(c))
            {
                var nextLine = SkipLineBreaks(text, i, out var paragraphEnds);
                if (paragraphEnds || LineBreakRules.EndsSentence(text, start, i, nextLine))
                {
                    Emit(text, start, i, output);
                    start = nextLine;
                    i = StartSentence(text, start, ref list);
                }
                else
                {
                    i = nextLine;
                }
            }
            else if (SentenceChars.IsTerminal(c))
            {
                var run = PunctuationRun.Read(text, i);
                var end = BoundaryRules.SentenceEnd(text, start, run);
                if (end > start)
                {
                    Emit(text, start, end, output);
                    start = end;
                    i = StartSentence(text, start, ref list);
                }
                else
                {
                    i = run.MarksEnd;
                }
            }
            else if (StartsNextListItem(text, start, i, list))
            {
                Emit(text, start, i, output);
                start = i;
                i = StartSentence(text, start, ref list);
            }
            else if (list.Kind == ListMarkerKind.None)
            {
                // Outside a numbered list nothing but a boundary candidate can end a sentence: jump to the next one.
                var next = text[(i + 1)..].IndexOfAny(SentenceChars.BoundaryCandidates);
                i = next < 0 ? text.Length : i + 1 + next;
            }
            else
            {
                i++;
            }
        }

        Emit(text, start, text.Length, output);
    }

    // Skips the whitespace before a sentence and a list marker that opens it ("1.", "• 9.", "a)"), so the
    // marker's period is not taken for a sentence end, and remembers the marker to spot the next item.
    private static int StartSentence(ReadOnlySpan<char> text, int from, ref ListMarker list)
    {
        var j = from;
        while (j < text.Length && SentenceChars.IsSpace(text[j]))
        {
            j++;
        }

        var k = j;
        if (k < text.Length && SentenceChars.IsStrongBullet(text[k]))
        {
            k++;
            while (k < text.Length && SentenceChars.IsHorizontalSpace(text[k]))
            {
                k++;
            }
        }

        if (ListMarker.TryRead(text, k, out var marker, out var end))
        {
            list = marker;
            return end;
        }

        list = ListMarker.None;
        return j;
    }

    // A bullet after whitespace, or the item after the one this sentence opened with ("1. ... 2. ..."),
    // starts a new sentence even without a stop before it.
    private static bool StartsNextListItem(ReadOnlySpan<char> text, int start, int at, ListMarker list)
    {
        if (at == 0 || !SentenceChars.IsSpace(text[at - 1]))
        {
            return false;
        }

        var c = text[at];
        var opens = SentenceChars.IsStrongBullet(c)
            || (list.Kind != ListMarkerKind.None && ListMarker.TryRead(text, at, out var marker, out _) && marker.Follows(list));
        return opens && HasContent(text, start, at);
    }

    private static bool HasContent(ReadOnlySpan<char> text, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!SentenceChars.IsSpace(text[k]))
            {
                return true;
            }
        }

        return false;
    }

    // Returns the first non-space offset after the break; a second line break or a paragraph separator
    // on the way means a blank line, which always ends the sentence.
    private static int SkipLineBreaks(ReadOnlySpan<char> text, int at, out bool paragraphEnds)
    {
        var lineBreaks = 0;
        paragraphEnds = false;
        var j = at;
        while (j < text.Length && SentenceChars.IsSpace(text[j]))
        {
            var c = text[j];
            if (SentenceChars.IsLineBreak(c))
            {
                paragraphEnds |= SentenceChars.IsParagraphSeparator(c);
                if (!(c == '\n' && j > at && text[j - 1] == '\r'))
                {
                    lineBreaks++;
                }
            }

            j++;
        }

        paragraphEnds |= lineBreaks >= 2;
        return j;
    }

    private static void Emit(ReadOnlySpan<char> text, int start, int end, List<TextSpan> output)
    {
        while (start < end && SentenceChars.IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && SentenceChars.IsSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            output.Add(new TextSpan(start, end));
        }
    }
}
