using FactMiner.Core.Model;

namespace FactMiner.Core.Extraction;

/// <summary>Reads the number that starts at a token: digits (with scale words and glued <c>k</c>) or a run of number words.</summary>
internal static class NumberParser
{
    public static bool TryRead(in SentenceTokens tokens, int index, out NumberReading reading)
    {
        reading = default;
        if (!tokens.InRange(index))
        {
            return false;
        }

        return tokens.Kind(index) switch
        {
            TokenKind.Number => TryReadDigits(tokens, index, out reading),
            TokenKind.Word => TryReadWords(tokens, index, out reading),
            _ => false,
        };
    }

    private static bool TryReadDigits(in SentenceTokens tokens, int index, out NumberReading reading)
    {
        reading = default;
        if (!DigitParser.TryParse(tokens[index], out var value, out var traits, out var fractionDigits))
        {
            return false;
        }

        var end = index + 1;

        // "6 . 2": a decimal split by Penn-Treebank-style tokenization, spaces on both sides of the point.
        if (traits.HasFlag(NumberTraits.Integer) && !traits.HasFlag(NumberTraits.Grouped) && IsSpacedDecimal(tokens, index)
            && DigitParser.TryParse(tokens[index + 2], out var decimals, out _, out _))
        {
            fractionDigits = tokens.Tokens[index + 2].Length;
            value += decimals / Math.Pow(10, fractionDigits);
            traits &= ~(NumberTraits.Integer | NumberTraits.YearLike);
            end = index + 3;
        }

        // "10 000": thousands groups separated by single spaces, as European and SI style writes them.
        if ((traits & (NumberTraits.Integer | NumberTraits.Grouped)) == NumberTraits.Integer && tokens[index].Length <= 3)
        {
            while (IsSpacedThousandsGroup(tokens, end))
            {
                value = (value * 1000) + (tokens[end][0] - '0') * 100 + (tokens[end][1] - '0') * 10 + (tokens[end][2] - '0');
                traits = (traits | NumberTraits.Grouped) & ~NumberTraits.YearLike;
                end++;
            }
        }

        // "2,000.45±0.01": the tolerance belongs to the value, it is no value of its own.
        if (tokens.IsChar(end, '±') && tokens.IsNumber(end + 1))
        {
            end += 2;
        }

        if (tokens.IsChar(end, '+') && tokens.GluedToPrevious(end))
        {
            traits |= NumberTraits.Plus;
            end++;
        }

        if (tokens.IsWord(end) && tokens.GluedToPrevious(end) && tokens.IsAny(end, "k", "K") && !tokens.GluedToPrevious(end + 1))
        {
            value *= 1000;
            traits &= ~NumberTraits.YearLike;
            end++;
        }

        // "2.4 billion", "25 lakh", "two dozen" after digits: "3 dozen".
        while (tokens.IsWord(end) && NumberWords.TryGet(tokens[end], out var word)
               && word.Kind is NumberWordKind.Scale or NumberWordKind.Hundred or NumberWordKind.Dozen)
        {
            value *= word.Value;
            traits &= ~(NumberTraits.YearLike | NumberTraits.Integer);
            if (value == Math.Floor(value))
            {
                traits |= NumberTraits.Integer;
            }

            end++;
        }

        reading = new NumberReading(index, end, value, traits, fractionDigits, -1, 0);
        return true;
    }

    private static bool IsSpacedDecimal(in SentenceTokens tokens, int index) =>
        tokens.IsChar(index + 1, '.') && tokens.IsNumber(index + 2)
        && tokens.Tokens[index + 1].Start == tokens.Tokens[index].End + 1
        && tokens.Tokens[index + 2].Start == tokens.Tokens[index + 1].End + 1
        && !tokens[index + 2].ContainsAnyExcept("0123456789");

    private static bool IsSpacedThousandsGroup(in SentenceTokens tokens, int index)
    {
        if (!tokens.IsNumber(index) || tokens.Tokens[index].Length != 3 || tokens.Tokens[index].Start != tokens.Tokens[index - 1].End + 1)
        {
            return false;
        }

        var gap = tokens.Text[tokens.Tokens[index - 1].End];
        var group = tokens[index];
        return gap is ' ' or '\u00A0' or '\u202F' or '\u2009'
            && char.IsAsciiDigit(group[0]) && char.IsAsciiDigit(group[1]) && char.IsAsciiDigit(group[2]);
    }

    /// <summary>A word the tokenizer kept whole with a number glued to a unit: <c>4km^2</c>, <c>1Ga</c>.</summary>
    private static bool TryReadGluedUnit(in SentenceTokens tokens, int index, out NumberReading reading)
    {
        reading = default;
        var word = tokens[index];
        var split = 0;
        while (split < word.Length && (char.IsAsciiDigit(word[split]) || word[split] is '.' or ','))
        {
            split++;
        }

        // "1990s" and "3rd" are a decade and an ordinal, not 1990 seconds.
        var rest = word[split..];
        if (rest.Length < 2 || UnitTable.Default.Find(rest) is null
            || !DigitParser.TryParse(word[..split], out var value, out var traits, out var fractionDigits))
        {
            return false;
        }

        reading = new NumberReading(index, index + 1, value, traits & ~NumberTraits.YearLike, fractionDigits, tokens.Tokens[index].Start + split, rest.Length);
        return true;
    }

    private static bool TryReadWords(in SentenceTokens tokens, int index, out NumberReading reading)
    {
        reading = default;
        if (tokens[index].IsEmpty)
        {
            return false;
        }

        if (char.IsAsciiDigit(tokens[index][0]))
        {
            return TryReadGluedUnit(tokens, index, out reading);
        }

        var i = index;
        var accumulator = new WordNumberAccumulator();
        var traits = NumberTraits.Words;

        if (tokens.IsAny(i, "a", "an"))
        {
            if (!tokens.IsWord(i + 1) || !NumberWords.TryGet(tokens[i + 1], out var next))
            {
                return false;
            }

            switch (next.Kind)
            {
                case NumberWordKind.Single:
                    reading = new NumberReading(index, i + 2, 1, traits | NumberTraits.Integer | NumberTraits.One, 0, -1, 0);
                    return true;
                case NumberWordKind.Couple:
                    reading = new NumberReading(index, tokens.Is(i + 2, "of") ? i + 3 : i + 2, 2, traits | NumberTraits.Integer, 0, -1, 0);
                    return true;
                case NumberWordKind.Hundred or NumberWordKind.Scale or NumberWordKind.Dozen or NumberWordKind.Fraction:
                    accumulator.StartWithArticle();
                    i++;
                    break;
                default:
                    return false;
            }
        }
        else if (tokens.Is(i, "half") && tokens.IsAny(i + 1, "a", "an"))
        {
            // "half a metre", "half an hour".
            reading = new NumberReading(index, i + 2, 0.5, traits, 1, -1, 0);
            return true;
        }
        else if (NumberWords.TryGet(tokens[i], out var first) && first.Kind == NumberWordKind.MultipleBirth)
        {
            reading = new NumberReading(index, i + 1, first.Value, traits | NumberTraits.Integer | NumberTraits.MultipleBirth, 0, -1, 0);
            return true;
        }

        var innerStart = -1;
        var innerLength = 0;
        while (tokens.IsWord(i) && innerStart < 0)
        {
            var word = tokens[i];
            if (word.Contains('-'))
            {
                if (!FeedHyphenated(ref accumulator, word, out var unitOffset))
                {
                    break;
                }

                if (unitOffset >= 0)
                {
                    innerStart = tokens.Tokens[i].Start + unitOffset;
                    innerLength = word.Length - unitOffset;
                }

                i++;
                continue;
            }

            if (NumberWords.TryGet(word, out var entry) && accumulator.Feed(entry))
            {
                i++;
                continue;
            }

            if (word.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                if (accumulator.AcceptsAndHalf && tokens.IsAny(i + 1, "a", "one") && tokens.Is(i + 2, "half"))
                {
                    accumulator.AddHalf();
                    i += 3;
                    continue;
                }

                if (accumulator.AcceptsAnd && tokens.IsWord(i + 1) && NumberWords.TryGet(tokens[i + 1], out var after)
                    && after.Kind is NumberWordKind.Unit or NumberWordKind.Teen or NumberWordKind.Tens)
                {
                    i++;
                    continue;
                }
            }

            break;
        }

        if (accumulator.IsEmpty)
        {
            return false;
        }

        var value = accumulator.Value;
        if (value == Math.Floor(value))
        {
            traits |= NumberTraits.Integer;
        }

        if (value == 1 && i == index + 1 && innerStart < 0)
        {
            traits |= NumberTraits.One;
        }

        reading = new NumberReading(index, i, value, traits, value == Math.Floor(value) ? 0 : 1, innerStart, innerLength);
        return true;
    }

    /// <summary>Feeds <c>twenty-one</c> or the number part of <c>six-mile</c>, <c>two-year-old</c>; reports where a non-number rest begins.</summary>
    private static bool FeedHyphenated(ref WordNumberAccumulator accumulator, ReadOnlySpan<char> word, out int restOffset)
    {
        restOffset = -1;
        var fed = false;
        var offset = 0;
        foreach (var range in word.Split('-'))
        {
            var segment = word[range];
            if (NumberWords.TryGet(segment, out var entry) && accumulator.Feed(entry))
            {
                fed = true;
                offset = range.End.Value + 1;
                continue;
            }

            if (fed && !segment.IsEmpty)
            {
                restOffset = offset;
            }

            return fed && restOffset >= 0;
        }

        return fed;
    }
}
