namespace FactMiner.Core.Segmentation;

/// <summary>A list item's number or letter ("1.", "2)", "a."), with its value for spotting the next item.</summary>
internal readonly record struct ListMarker(ListMarkerKind Kind, int Value)
{
    public static readonly ListMarker None = default;

    private const int MaxDigits = 3;

    /// <summary>True when this marker is the item right after <paramref name="previous"/> ("2." after "1.").</summary>
    public bool Follows(ListMarker previous) =>
        previous.Kind != ListMarkerKind.None && Kind == previous.Kind && Value == previous.Value + 1;

    /// <summary>Reads a marker at <paramref name="at"/>; <paramref name="end"/> is the offset just after it.</summary>
    /// <remarks>A marker is followed by a space and more text. A lower-case letter with a period must be followed
    /// by a capital or a digit, and upper-case letters only count with a bracket, so initials are not lists.</remarks>
    public static bool TryRead(ReadOnlySpan<char> text, int at, out ListMarker marker, out int end)
    {
        marker = None;
        end = at;
        if (at < 0 || at >= text.Length)
        {
            return false;
        }

        var j = at;
        ListMarkerKind kind;
        int value;
        if (char.IsAsciiDigit(text[j]))
        {
            value = 0;
            while (j < text.Length && char.IsAsciiDigit(text[j]) && j - at < MaxDigits)
            {
                value = (value * 10) + (text[j] - '0');
                j++;
            }

            if (j >= text.Length || char.IsAsciiDigit(text[j]))
            {
                return false;
            }

            if (text[j] == '.')
            {
                var paren = j + 1 < text.Length && text[j + 1] == ')';
                kind = paren ? ListMarkerKind.NumberDotParen : ListMarkerKind.NumberDot;
                j += paren ? 2 : 1;
            }
            else if (text[j] == ')')
            {
                kind = ListMarkerKind.NumberParen;
                j++;
            }
            else
            {
                return false;
            }
        }
        else if (char.IsAsciiLetter(text[j]) && j + 1 < text.Length)
        {
            value = char.ToLowerInvariant(text[j]) - 'a' + 1;
            if (text[j + 1] == ')')
            {
                kind = ListMarkerKind.LetterParen;
            }
            else if (text[j + 1] == '.' && char.IsAsciiLetterLower(text[j]))
            {
                kind = ListMarkerKind.LetterDot;
            }
            else
            {
                return false;
            }

            j += 2;
        }
        else
        {
            return false;
        }

        if (j >= text.Length || !SentenceChars.IsHorizontalSpace(text[j]))
        {
            return false;
        }

        var next = j;
        while (next < text.Length && SentenceChars.IsHorizontalSpace(text[next]))
        {
            next++;
        }

        if (next >= text.Length || SentenceChars.IsLineBreak(text[next]))
        {
            return false;
        }

        if (kind == ListMarkerKind.LetterDot && !char.IsUpper(text[next]) && !char.IsDigit(text[next]))
        {
            return false;
        }

        marker = new ListMarker(kind, value);
        end = j;
        return true;
    }
}
