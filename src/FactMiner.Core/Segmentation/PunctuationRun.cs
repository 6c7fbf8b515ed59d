namespace FactMiner.Core.Segmentation;

/// <summary>
/// A run of terminal punctuation ("." "?!" "..." ". . . .") with the closing quotes, brackets and
/// footnote marks glued after it, which still belong to the sentence it ends.
/// </summary>
/// <param name="Start">Offset of the first mark.</param>
/// <param name="MarksEnd">Offset just after the last mark.</param>
/// <param name="End">Offset just after the closers and footnote marks.</param>
/// <param name="Dots">Periods counted, an ellipsis character counting three.</param>
/// <param name="HasQuestionOrExclamation">The run holds a question or exclamation mark.</param>
/// <param name="Spaced">The periods are spaced out (". . .").</param>
internal readonly record struct PunctuationRun(
    int Start, int MarksEnd, int End, int Dots, bool HasQuestionOrExclamation, bool Spaced)
{
    private const int MaxFootnoteLength = 24;

    public bool IsSinglePeriod => Dots == 1 && !HasQuestionOrExclamation;

    public static PunctuationRun Read(ReadOnlySpan<char> text, int start)
    {
        var j = start;
        var dots = 0;
        var questionOrExclamation = false;
        var spaced = false;
        while (j < text.Length)
        {
            var c = text[j];
            if (c == '.')
            {
                dots++;
            }
            else if (c == '…')
            {
                dots += 3;
            }
            else if (SentenceChars.IsTerminal(c))
            {
                questionOrExclamation = true;
            }
            else if (c == ' ' && dots > 0 && !questionOrExclamation && j + 1 < text.Length && text[j + 1] is '.' or '…')
            {
                spaced = true;
            }
            else
            {
                break;
            }

            j++;
        }

        var marksEnd = j;
        while (j < text.Length)
        {
            if (SentenceChars.IsCloser(text[j]) || text[j] is '.' or '?' or '!')
            {
                j++;
            }
            else if (FootnoteLength(text, j) is > 0 and var length)
            {
                j += length;
            }
            else
            {
                break;
            }
        }

        return new PunctuationRun(start, marksEnd, j, dots, questionOrExclamation, spaced);
    }

    // Scraped encyclopaedia text keeps reference marks after the stop: "in Asia.[2][3] The ...".
    private static int FootnoteLength(ReadOnlySpan<char> text, int at)
    {
        if (text[at] != '[')
        {
            return 0;
        }

        for (var k = at + 1; k < text.Length && k - at <= MaxFootnoteLength; k++)
        {
            var c = text[k];
            if (c == ']')
            {
                return k > at + 1 ? k - at + 1 : 0;
            }

            if (!char.IsLetterOrDigit(c) && c is not (' ' or ',' or '-' or '–'))
            {
                return 0;
            }
        }

        return 0;
    }
}
