using System.Collections.Frozen;

namespace FactMiner.Core.Segmentation;

/// <summary>Shapes of numeric text the tokenizer must recognise: numbers, glued unit tails, ordinals and decades.</summary>
internal static class NumberShape
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PowerBases =
        TokenizerRules.BuildPowerBaseSet().GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Length of the number at the start of <paramref name="text"/>: <c>2,500</c>, <c>1.5</c>, <c>.75</c>,
    /// <c>1/2</c>, <c>10½</c>, <c>½</c>; 0 when it does not start with one.
    /// </summary>
    public static int NumberLength(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return 0;
        }

        if (IsVulgarFraction(text[0]))
        {
            return 1;
        }

        var i = DigitRun(text, 0);
        if (i == 0)
        {
            return text.Length > 1 && text[0] == '.' && char.IsAsciiDigit(text[1]) ? 1 + DigitRun(text, 1) : 0;
        }

        var grouped = false;
        if (i <= 3)
        {
            // Thousands groups must be exactly three digits, so "1,5" is not one number.
            while (i + 3 < text.Length && text[i] == ',' && DigitRun(text, i + 1) == 3)
            {
                i += 4;
                grouped = true;
            }
        }

        if (!grouped && i + 1 < text.Length && text[i] is '/' or '⁄' && char.IsAsciiDigit(text[i + 1]))
        {
            return i + 1 + DigitRun(text, i + 1);
        }

        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            return i + 1 + DigitRun(text, i + 1);
        }

        return i < text.Length && IsVulgarFraction(text[i]) ? i + 1 : i;
    }

    /// <summary>A simple fraction (<c>1/2</c>) or a vulgar fraction character (<c>½</c>).</summary>
    public static bool IsFraction(ReadOnlySpan<char> text)
    {
        if (text.Length == 1)
        {
            return IsVulgarFraction(text[0]);
        }

        var numerator = DigitRun(text, 0);
        return numerator > 0
            && numerator + 1 < text.Length
            && text[numerator] is '/' or '⁄'
            && DigitRun(text, numerator + 1) == text.Length - numerator - 1;
    }

    /// <summary>
    /// A unit glued to a number: letters (optionally after °), an optional power (² ³, or 2/3 after a length unit),
    /// optionally <c>/</c> and a second such unit: <c>cm</c>, <c>lbs</c>, <c>km²</c>, <c>km2</c>, <c>km/h</c>, <c>°C</c>.
    /// </summary>
    public static bool IsUnitTail(ReadOnlySpan<char> tail)
    {
        var i = UnitLength(tail, 0);
        if (i == 0)
        {
            return tail.Length == 1 && tail[0] == '°';
        }

        if (i < tail.Length && tail[i] == '/')
        {
            var denominator = UnitLength(tail, i + 1);
            if (denominator == 0)
            {
                return false;
            }

            i += 1 + denominator;
        }

        return i == tail.Length;
    }

    /// <summary><c>3rd</c>, <c>21st</c>, <c>1990s</c>, <c>60s</c>: kept whole as words so they are not read as measurements.</summary>
    public static bool IsOrdinalOrDecade(ReadOnlySpan<char> number, ReadOnlySpan<char> tail)
    {
        if (DigitRun(number, 0) != number.Length || number.IsEmpty)
        {
            return false;
        }

        foreach (var ending in TokenizerRules.OrdinalEndings)
        {
            if (tail.Equals(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return tail is "s" && number.Length is 2 or 4 && number[^1] == '0';
    }

    public static bool IsVulgarFraction(char c) => (TokenizerRules.Chars[c] & CharFlags.Fraction) != 0;

    public static bool IsExponent(char c) => c is '²' or '³';

    /// <summary>Letters of one unit from <paramref name="start"/>, with its power; 0 when there are no letters.</summary>
    private static int UnitLength(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        if (i < text.Length && text[i] == '°')
        {
            i++;
        }

        var lettersStart = i;
        while (i < text.Length && (TokenizerRules.Chars[text[i]] & CharFlags.Letter) != 0)
        {
            i++;
        }

        if (i == lettersStart)
        {
            return 0;
        }

        if (i < text.Length
            && (IsExponent(text[i]) || (text[i] is '2' or '3' && PowerBases.Contains(text[lettersStart..i]))))
        {
            i++;
        }

        return i - start;
    }

    private static int DigitRun(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i - start;
    }
}
