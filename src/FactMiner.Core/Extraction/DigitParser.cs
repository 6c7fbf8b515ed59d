using System.Globalization;

namespace FactMiner.Core.Extraction;

/// <summary>Reads one digit-written number token: <c>60</c>, <c>2,500</c>, <c>1.5</c>, <c>.5</c>, <c>1/2</c>, <c>½</c>, <c>10 1/2</c>, <c>10½</c>.</summary>
internal static class DigitParser
{
    /// <returns>False for text that is not one well-formed number (<c>1/0</c>, <c>1,5</c>, <c>1.2.3</c>).</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out double value, out NumberTraits traits, out int fractionDigits)
    {
        value = 0;
        traits = NumberTraits.Digits;
        fractionDigits = 0;
        if (text.IsEmpty)
        {
            return false;
        }

        var space = text.IndexOfAny(" \u00A0\u2009\u202F");
        if (space > 0)
        {
            // Mixed number: "10 1/2", "10 ½".
            return TryParseInteger(text[..space], out var whole)
                && TryParseFraction(text[(space + 1)..].Trim(), out var part)
                && Assign(whole + part, out value);
        }

        if (text.Length > 1 && VulgarFraction(text[^1]) is > 0 and var glued)
        {
            return TryParseInteger(text[..^1], out var whole) && Assign(whole + glued, out value);
        }

        if (text.IndexOfAny('/', '⁄') >= 0 || (text.Length == 1 && VulgarFraction(text[0]) > 0))
        {
            return TryParseFraction(text, out value);
        }

        return TryParseDecimal(text, out value, ref traits, out fractionDigits);
    }

    private static bool Assign(double result, out double value)
    {
        value = result;
        return true;
    }

    private static bool TryParseDecimal(ReadOnlySpan<char> text, out double value, ref NumberTraits traits, out int fractionDigits)
    {
        value = 0;
        fractionDigits = 0;
        var point = -1;
        var commas = 0;
        var lastComma = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '.')
            {
                if (point >= 0)
                {
                    return false;
                }

                point = i;
            }
            else if (c == ',')
            {
                // Thousands groups only: "2,500", "1,500,000"; "1,5" is not an English number.
                if (point >= 0 || i == 0 || (lastComma >= 0 ? i - lastComma != 4 : i > 3))
                {
                    return false;
                }

                lastComma = i;
                commas++;
            }
            else if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        var integerEnd = point >= 0 ? point : text.Length;
        if (commas > 0 && integerEnd - lastComma != 4)
        {
            return false;
        }

        Span<char> digits = stackalloc char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (c != ',')
            {
                digits[length++] = c;
            }
        }

        if (!double.TryParse(digits[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        if (point >= 0)
        {
            fractionDigits = text.Length - point - 1;
        }
        else
        {
            traits |= NumberTraits.Integer;
        }

        if (commas > 0)
        {
            traits |= NumberTraits.Grouped;
        }
        else if (point < 0 && text.Length == 4 && value is >= 1000 and <= 2100)
        {
            traits |= NumberTraits.YearLike;
        }

        return true;
    }

    private static bool TryParseInteger(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 9)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static bool TryParseFraction(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        if (text.Length == 1 && VulgarFraction(text[0]) is > 0 and var vulgar)
        {
            value = vulgar;
            return true;
        }

        var slash = text.IndexOfAny('/', '⁄');
        if (slash <= 0
            || !TryParseInteger(text[..slash], out var numerator)
            || !TryParseInteger(text[(slash + 1)..], out var denominator)
            || denominator == 0)
        {
            return false;
        }

        value = numerator / denominator;
        return true;
    }

    private static double VulgarFraction(char c) => c switch
    {
        '½' => 1.0 / 2,
        '⅓' => 1.0 / 3,
        '⅔' => 2.0 / 3,
        '¼' => 1.0 / 4,
        '¾' => 3.0 / 4,
        '⅕' => 1.0 / 5,
        '⅖' => 2.0 / 5,
        '⅗' => 3.0 / 5,
        '⅘' => 4.0 / 5,
        '⅙' => 1.0 / 6,
        '⅚' => 5.0 / 6,
        '⅐' => 1.0 / 7,
        '⅛' => 1.0 / 8,
        '⅜' => 3.0 / 8,
        '⅝' => 5.0 / 8,
        '⅞' => 7.0 / 8,
        '⅑' => 1.0 / 9,
        '⅒' => 1.0 / 10,
        _ => 0,
    };
}
