using FactMiner.Core.Model;

namespace FactMiner.Core.Extraction;

/// <summary>Finds every number in a sentence with the unit right after it, and marks numbers that are money, times or codes.</summary>
internal static class AtomScanner
{
    public static void Scan(in SentenceTokens tokens, List<ValueAtom> atoms)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            if (!MayStartNumber(tokens, i) || !NumberParser.TryRead(tokens, i, out var number))
            {
                i++;
                continue;
            }

            var atom = Classify(tokens, number);
            atoms.Add(atom);
            i = Math.Max(atom.End, i + 1);
        }
    }

    private static bool MayStartNumber(in SentenceTokens tokens, int index) => tokens.Kind(index) switch
    {
        TokenKind.Number => true,
        TokenKind.Word => NumberWords.MayStartNumber(tokens[index]) || StartsWithDigit(tokens[index]) || tokens.IsAny(index, "a", "an"),
        _ => false,
    };

    private static bool StartsWithDigit(ReadOnlySpan<char> word) => !word.IsEmpty && char.IsAsciiDigit(word[0]);

    private static ValueAtom Classify(in SentenceTokens tokens, in NumberReading number)
    {
        if (IsCode(tokens, number) || IsCitation(tokens, number) || IsDenominator(tokens, number))
        {
            return new ValueAtom(number, null, number.End, Excluded: true, "");
        }

        if (FollowsCurrencySign(tokens, number.First))
        {
            return new ValueAtom(number, null, SkipPriceTail(tokens, number.End), Excluded: true, "");
        }

        if (!UnitReader.TryRead(tokens, number, out var match))
        {
            // "one-of-a-kind": a number word glued to something that is no unit is no value.
            return new ValueAtom(number, null, number.End, Excluded: number.HasInnerUnit, "");
        }

        return match.Kind == UnitMatchKind.Unit
            ? new ValueAtom(number, match.Unit, match.End, Excluded: false, match.Suffix)
            : new ValueAtom(number, null, match.Kind == UnitMatchKind.Money ? SkipPriceTail(tokens, match.End) : match.End, Excluded: true, "");
    }

    /// <summary>A number glued to letters before it is part of a name or code: <c>scp2-173</c>, <c>COVID-19</c>, <c>L-202</c>.</summary>
    private static bool IsCode(in SentenceTokens tokens, in NumberReading number)
    {
        if (!number.Has(NumberTraits.Digits) || !tokens.GluedToPrevious(number.First))
        {
            return false;
        }

        var before = number.First - 1;
        if (tokens.IsWord(before))
        {
            return !tokens[before].EndsWith('.');
        }

        return tokens.IsDash(before) && tokens.GluedToPrevious(before) && tokens.IsWord(before - 1)
            && !NumberWords.MayStartNumber(tokens[before - 1]);
    }

    /// <summary>The denominator of a rate is no value of its own: "4.8 animals per 100 km2", "one calf every 2 years".</summary>
    private static bool IsDenominator(in SentenceTokens tokens, in NumberReading number) =>
        tokens.Is(number.First - 1, "per") || tokens.Is(number.First - 1, "every")
        || (tokens.IsChar(number.First - 1, '/') && tokens.GluedToPrevious(number.First));

    /// <summary>A number alone in square brackets is a reference: <c>[12]</c>.</summary>
    private static bool IsCitation(in SentenceTokens tokens, in NumberReading number) =>
        tokens.IsChar(number.First - 1, '[') && tokens.IsChar(number.End, ']');

    private static bool FollowsCurrencySign(in SentenceTokens tokens, int first)
    {
        var before = first - 1;
        if (tokens.IsDash(before))
        {
            before--;
        }

        return tokens.InRange(before) && (CurrencyCues.IsSign(tokens[before]) || CurrencyCues.IsWord(tokens[before]) && tokens.Kind(before) == TokenKind.Word && tokens[before].Length <= 3 && char.IsUpper(tokens[before][0]));
    }

    /// <summary>A price's "per kg" or "/hour" belongs to the price, not to a measurement.</summary>
    private static int SkipPriceTail(in SentenceTokens tokens, int end)
    {
        if ((tokens.IsChar(end, '/') || tokens.Is(end, "per")) && tokens.IsWord(end + 1))
        {
            return end + 2;
        }

        return end;
    }
}
