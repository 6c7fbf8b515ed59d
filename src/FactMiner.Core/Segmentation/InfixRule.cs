using System.Collections.Frozen;
using System.Globalization;

namespace FactMiner.Core.Segmentation;

/// <summary>
/// Decides, in context, whether a character inside a chunk splits it: hyphens after digits, slashes that are not
/// fractions or units, commas outside thousands groups, pictographs, and the always-splitting characters.
/// </summary>
internal static class InfixRule
{
    private static readonly CharFlags[] Chars = TokenizerRules.Chars;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SlashUnits =
        TokenizerRules.BuildSlashUnitSet().GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How many characters at <paramref name="i"/> split off as their own token; 0 keeps them in the piece.</summary>
    public static int Length(ReadOnlySpan<char> text, int piece, int i, int end)
    {
        var c = text[i];
        var flags = Chars[c];
        if ((flags & CharFlags.Surrogate) != 0)
        {
            return SurrogateLength(text, i, end);
        }

        if ((flags & CharFlags.Pictograph) != 0)
        {
            return GraphemeLength(text, i, end);
        }

        var left = i > piece ? text[i - 1] : '\0';
        var right = i + 1 < end ? text[i + 1] : '\0';
        if (TokenizerRules.JoiningHyphens.Contains(c))
        {
            // musk-deer and COVID-19 stay whole; 3-inch, 15-38 and 20cm-60cm split.
            var splits = left == '\0' || right == '\0' || right == c || IsDigitLike(left) || IsDigitLike(text[piece]);
            return splits ? RunLength(text, i, end) : 0;
        }

        if (TokenizerRules.DigitApostrophes.Contains(c))
        {
            return char.IsAsciiDigit(left) && char.IsAsciiDigit(right) ? 1 : 0;
        }

        switch (c)
        {
            case '/':
                if ((IsDigitLike(left) && char.IsAsciiDigit(right)) || AreSlashUnits(text, piece, i, end))
                {
                    return 0;
                }

                return 1;
            case ',':
                return char.IsAsciiDigit(left) && IsThousandsGroup(text, i + 1, end) ? 0 : 1;
            case '.':
                if (right == '.')
                {
                    return RunLength(text, i, end);
                }

                // "tall.The": a sentence glued to the next; "U.S" and "1.5" stay whole.
                return (Chars[left] & CharFlags.Lower) != 0 && (Chars[right] & CharFlags.Upper) != 0 ? 1 : 0;
            case ':':
                return char.IsAsciiDigit(left) && char.IsAsciiDigit(right) ? 0 : 1;
            default:
                return TokenizerRules.RunChars.Contains(c) ? RunLength(text, i, end) : 1;
        }
    }

    private static int SurrogateLength(ReadOnlySpan<char> text, int i, int end)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, text[i + 1]));
            return category <= UnicodeCategory.OtherNumber ? 0 : GraphemeLength(text, i, end);
        }

        // The second half of a pair kept above stays too; a lone surrogate becomes its own token.
        return char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]) ? 0 : 1;
    }

    private static int GraphemeLength(ReadOnlySpan<char> text, int i, int end) =>
        Math.Max(1, StringInfo.GetNextTextElementLength(text[i..end]));

    /// <summary><c>km/h</c>, <c>m/s</c>, <c>mg/kg</c> stay whole; <c>and/or</c> splits.</summary>
    private static bool AreSlashUnits(ReadOnlySpan<char> text, int piece, int slash, int end)
    {
        var from = slash;
        if (from > piece && IsPower(text[from - 1]))
        {
            from--;
        }

        while (from > piece && (Chars[text[from - 1]] & CharFlags.Letter) != 0)
        {
            from--;
        }

        var to = slash + 1;
        while (to < end && (Chars[text[to]] & CharFlags.Letter) != 0)
        {
            to++;
        }

        if (to < end && IsPower(text[to]))
        {
            to++;
        }

        return from < slash && to > slash + 1 && SlashUnits.Contains(text[from..slash]) && SlashUnits.Contains(text[(slash + 1)..to]);
    }

    private static bool IsPower(char c) => c is '2' or '3' || NumberShape.IsExponent(c);

    private static bool IsThousandsGroup(ReadOnlySpan<char> text, int from, int end) =>
        from + 3 <= end
        && char.IsAsciiDigit(text[from]) && char.IsAsciiDigit(text[from + 1]) && char.IsAsciiDigit(text[from + 2])
        && (from + 3 == end || !char.IsAsciiDigit(text[from + 3]));

    /// <summary>How many copies of the character at <paramref name="start"/> follow one another (at least 1).</summary>
    public static int RunLength(ReadOnlySpan<char> text, int start, int end)
    {
        var i = start + 1;
        while (i < end && text[i] == text[start])
        {
            i++;
        }

        return i - start;
    }

    private static bool IsDigitLike(char c) => (Chars[c] & (CharFlags.Digit | CharFlags.Fraction)) != 0;
}
