using System.Collections.Frozen;
using FactMiner.Core.Model;

namespace FactMiner.Core.Extraction;

/// <summary>
/// Reads the unit after a number: one word (<c>cm</c>, <c>lbs.</c>, <c>km/h</c>), a glued hyphen adjective
/// (<c>3-inch</c>, <c>28-year-old</c>), a composed unit (<c>square miles</c>, <c>miles an hour</c>, <c>cm/ms</c>),
/// a bracketed unit (<c>20 (kg)</c>), primes (<c>5'</c>, <c>2"</c>), or percent; and tells times of day and money apart.
/// </summary>
internal static class UnitReader
{
    private static readonly UnitTable Units = UnitTable.Default;

    /// <summary>Words after <c>in</c> that make it inches: <c>2 in thick</c>, <c>2 in.</c>; anything else reads as the preposition.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> InchFollowers = new[]
    {
        "thick", "long", "tall", "high", "wide", "deep", "across", "diameter", "in", "x", "by", "thickness", "length",
        "width", "height", "depth", "wingspan", "of",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adjectives glued to a hyphenated unit; the stored strings are reused so no suffix allocates.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Suffixes = new[]
    {
        "old", "long", "tall", "high", "wide", "deep", "thick", "heavy",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryRead(in SentenceTokens tokens, in NumberReading number, out UnitMatch match)
    {
        match = default;
        if (number.HasInnerUnit)
        {
            var inner = tokens.Text.Slice(number.InnerUnitStart, number.InnerUnitLength);
            if (TryWord(inner, out var unit, out var suffix))
            {
                match = UnitMatch.Of(unit, number.End, suffix);
                return true;
            }

            return false;
        }

        var at = number.End;
        if (!tokens.InRange(at))
        {
            return false;
        }

        var token = tokens[at];
        var glued = tokens.GluedToPrevious(at);
        var kind = tokens.Kind(at);

        if (kind is TokenKind.Punctuation or TokenKind.Symbol)
        {
            return TryPunctuated(tokens, number, at, token, glued, out match);
        }

        if (kind != TokenKind.Word)
        {
            return false;
        }

        return TryWords(tokens, number, at, out match);
    }

    private static bool TryPunctuated(in SentenceTokens tokens, in NumberReading number, int at, ReadOnlySpan<char> token, bool glued, out UnitMatch match)
    {
        match = default;
        if (token.Length != 1 && token is not "''")
        {
            return false;
        }

        switch (token[0])
        {
            case '%':
                match = UnitMatch.Of(Units.Percent, at + 1);
                return true;
            case '\'' when token.Length == 2:
            case '″':
                match = UnitMatch.Of(Units.Inch, at + 1);
                return true;
            case '′':
            case '\'' or '’' when glued && !number.Has(NumberTraits.YearLike) && !tokens.GluedToPrevious(at + 1) || IsFeetThenInches(tokens, at):
                match = UnitMatch.Of(Units.Foot, at + 1);
                return true;
            case '"' or '”' when IsInchMark(tokens, at):
                match = UnitMatch.Of(Units.Inch, at + 1);
                return true;
            case '-' or '–' when glued && tokens.IsWord(at + 1) && tokens.GluedToPrevious(at + 1):
                // A hyphenated adjective: "3-inch tusk", "28-year-old".
                if (TryWord(tokens[at + 1], out var unit, out var suffix))
                {
                    match = UnitMatch.Of(unit, at + 2, suffix);
                    return true;
                }

                return false;
            case '(' or '[' or '{' or '<':
                // "20 (kg)": a unit alone in brackets right after the number.
                if (tokens.IsWord(at + 1) && IsClosing(tokens, at + 2) && Units.Find(tokens[at + 1]) is { } bracketed
                    && !tokens.Is(at + 1, "in"))
                {
                    match = UnitMatch.Of(bracketed, at + 3);
                    return true;
                }

                return false;
            default:
                if (CurrencyCues.IsSign(token))
                {
                    match = UnitMatch.Other(UnitMatchKind.Money, at + 1);
                    return true;
                }

                return false;
        }
    }

    private static bool IsFeetThenInches(in SentenceTokens tokens, int at) =>
        tokens.IsNumber(at + 1) && tokens.InRange(at + 2) && tokens[at + 2] is "\"" or "″" or "”" or "''";

    private static bool IsClosing(in SentenceTokens tokens, int at) =>
        tokens.InRange(at) && tokens[at] is ")" or "]" or "}" or ">";

    /// <summary>A double quote after a number is an inch mark unless it closes a quotation (<c>"English 101"</c>).</summary>
    private static bool IsInchMark(in SentenceTokens tokens, int at)
    {
        if (tokens[at] is "”")
        {
            return tokens.GluedToPrevious(at);
        }

        var start = Math.Min(tokens.SentenceStart, tokens.Tokens[0].Start);
        return tokens.Text[start..tokens.Tokens[at].Start].Count('"') % 2 == 0;
    }

    private static bool TryWords(in SentenceTokens tokens, in NumberReading number, int at, out UnitMatch match)
    {
        match = default;
        var word = tokens[at];

        if (word.Equals("in", StringComparison.Ordinal))
        {
            if (IsInchContext(tokens, number, at))
            {
                match = UnitMatch.Of(Units.Inch, at + 1);
                return true;
            }

            return false;
        }

        if (IsTimeMarker(word))
        {
            // "2.1 pm" is a length (picometres); "2 pm", "2.13 am", "2.17pm" are times.
            var minutesLike = number.FractionDigits == 2 || number.Has(NumberTraits.Integer);
            if (!minutesLike && word.Equals("pm", StringComparison.Ordinal))
            {
                match = UnitMatch.Of(Units.Picometre, at + 1);
                return true;
            }

            match = UnitMatch.Other(minutesLike ? UnitMatchKind.TimeOfDay : UnitMatchKind.Unsupported, at + 1);
            return true;
        }

        if (tokens.Is(at, "o'clock") || tokens.Is(at, "o’clock"))
        {
            match = UnitMatch.Other(UnitMatchKind.TimeOfDay, at + 1);
            return true;
        }

        if (CurrencyCues.IsWord(word) || IsPoundsSterling(tokens, number, at))
        {
            match = UnitMatch.Other(UnitMatchKind.Money, at + 1);
            return true;
        }

        if (tokens.IsAny(at, "square", "sq") || tokens.Is(at, "sq."))
        {
            if (tokens.IsWord(at + 1) && Units.Find(tokens[at + 1]) is { Quantity: Quantities.Length } side && Units.Square(side) is { } area)
            {
                match = UnitMatch.Of(area, at + 2);
                return true;
            }

            return false;
        }

        if (tokens.IsAny(at, "cubic", "cu") || tokens.Is(at, "cu."))
        {
            match = UnitMatch.Other(UnitMatchKind.Unsupported, tokens.IsWord(at + 1) ? at + 2 : at + 1);
            return tokens.IsWord(at + 1) && Units.Find(tokens[at + 1]) is not null;
        }

        if (tokens.Is(at, "metric") && tokens.IsWord(at + 1) && Units.Find(tokens[at + 1]) == Units.Tonne)
        {
            match = UnitMatch.Of(Units.Tonne, at + 2);
            return true;
        }

        if (tokens.Is(at, "nautical") && tokens.IsWord(at + 1) && Units.Find(tokens[at + 1]) == Units.Mile)
        {
            return TryRate(tokens, Units.NauticalMile, at + 2, out match);
        }

        if (tokens.Is(at, "per") && tokens.Is(at + 1, "cent"))
        {
            match = UnitMatch.Of(Units.Percent, at + 2);
            return true;
        }

        if (!TryWord(word, out var unit, out var suffix))
        {
            return false;
        }

        if (unit.Quantity == Quantities.Length && suffix.Length == 0)
        {
            if (tokens.Is(at + 1, "squared") && Units.Square(unit) is { } squared)
            {
                match = UnitMatch.Of(squared, at + 2);
                return true;
            }

            return TryRate(tokens, unit, at + 1, out match);
        }

        match = UnitMatch.Of(unit, at + 1, suffix);
        return true;
    }

    /// <summary>A length unit, then maybe <c>per hour</c>, <c>an hour</c>, <c>/ ms</c>: a speed.</summary>
    private static bool TryRate(in SentenceTokens tokens, UnitDefinition length, int at, out UnitMatch match)
    {
        var slash = tokens.IsChar(at, '/') || tokens.Is(at, "per");
        var article = tokens.IsAny(at, "an", "a");
        if ((slash || article) && tokens.IsWord(at + 1)
            && Units.Find(tokens[at + 1]) is { Quantity: Quantities.Duration } duration
            && Units.Rate(length, duration) is { } rate)
        {
            match = UnitMatch.Of(rate, at + 2);
            return true;
        }

        match = UnitMatch.Of(length, at);
        return true;
    }

    /// <summary>One word: a unit spelling, a <c>length/duration</c> pair, or a unit with a glued adjective (<c>year-old</c>).</summary>
    private static bool TryWord(ReadOnlySpan<char> word, out UnitDefinition unit, out string suffix)
    {
        suffix = "";
        if (Units.Find(word) is { } found)
        {
            unit = found;
            return true;
        }

        var slash = word.IndexOf('/');
        if (slash > 0 && Units.Find(word[..slash]) is { Quantity: Quantities.Length } length
            && Units.Find(word[(slash + 1)..]) is { Quantity: Quantities.Duration } duration
            && Units.Rate(length, duration) is { } rate)
        {
            unit = rate;
            return true;
        }

        var hyphen = word.LastIndexOf('-');
        if (hyphen > 0 && Suffixes.TryGetValue(word[(hyphen + 1)..], out var adjective) && Units.Find(word[..hyphen]) is { } based)
        {
            unit = based;
            suffix = adjective;
            return true;
        }

        unit = null!;
        return false;
    }

    /// <summary>"pounds sterling", and "20 million pounds" spent or earned; "20 million pounds of ivory" stays a mass.</summary>
    private static bool IsPoundsSterling(in SentenceTokens tokens, in NumberReading number, int at) =>
        tokens.Is(at, "pounds")
        && (tokens.Is(at + 1, "sterling")
            || (!tokens.Is(at + 1, "of") && tokens.IsWord(number.End - 1) && NumberWords.TryGet(tokens[number.End - 1], out var scale)
                && scale.Kind == NumberWordKind.Scale && scale.Value >= 1e6));

    private static bool IsTimeMarker(ReadOnlySpan<char> word) =>
        word.Equals("am", StringComparison.OrdinalIgnoreCase) || word.Equals("pm", StringComparison.OrdinalIgnoreCase)
        || word.Equals("a.m.", StringComparison.OrdinalIgnoreCase) || word.Equals("p.m.", StringComparison.OrdinalIgnoreCase);

    private static bool IsInchContext(in SentenceTokens tokens, in NumberReading number, int at)
    {
        var next = at + 1;
        if (!tokens.InRange(next))
        {
            return true;
        }

        if (tokens.Kind(next) == TokenKind.Punctuation)
        {
            return true;
        }

        if (tokens.IsWord(next) && InchFollowers.Contains(tokens[next]) && !tokens.IsNumber(next + 1))
        {
            return true;
        }

        // "5 ft 2 in", "5' 2 in": inches after feet.
        var before = number.First - 1;
        return tokens.InRange(before) && (Units.Find(tokens[before]) == Units.Foot || tokens[before] is "'" or "′");
    }
}
