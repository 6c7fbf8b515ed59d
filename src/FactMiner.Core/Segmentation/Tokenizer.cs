using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.InteropServices;
using FactMiner.Core.Model;

namespace FactMiner.Core.Segmentation;

/// <summary>
/// Cuts text into word, number, symbol and punctuation tokens the way spaCy's tokenizer does: split on whitespace,
/// then per chunk keep known exceptions whole, peel prefixes and suffixes until none is left, and split the rest
/// on infixes. The rule tables live in <see cref="TokenizerRules"/>.
/// </summary>
public sealed class Tokenizer
{
    private static readonly CharFlags[] Chars = TokenizerRules.Chars;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> abbreviations;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> slashUnits;
    private readonly SearchValues<char> abbreviationEnds;
    private readonly int longestAbbreviation;

    private Tokenizer()
    {
        var abbreviationSet = TokenizerRules.BuildAbbreviationSet();
        abbreviations = abbreviationSet.GetAlternateLookup<ReadOnlySpan<char>>();
        slashUnits = TokenizerRules.BuildSlashUnitSet().GetAlternateLookup<ReadOnlySpan<char>>();
        longestAbbreviation = abbreviationSet.Max(a => a.Length);

        // Looking up only chunks that end like some abbreviation keeps the hash off the hot path.
        abbreviationEnds = SearchValues.Create(string.Concat(abbreviationSet
            .SelectMany(a => new[] { char.ToLowerInvariant(a[^1]), char.ToUpperInvariant(a[^1]) })
            .Distinct()));
    }

    /// <summary>The tokenizer with FactMiner's English rules.</summary>
    public static Tokenizer Default { get; } = new();

    /// <summary>
    /// Appends the tokens of <paramref name="text"/> to <paramref name="output"/>; each token's Start is its offset
    /// in <paramref name="text"/> plus <paramref name="offset"/>. Whitespace is never a token. Never throws on any input.
    /// </summary>
    public void Tokenize(ReadOnlySpan<char> text, int offset, List<Token> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var firstOfCall = output.Count;
        var i = 0;
        while (i < text.Length)
        {
            if ((Chars[text[i]] & CharFlags.Separator) != 0)
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (Chars[text[i]] & CharFlags.Separator) == 0)
            {
                i++;
            }

            var before = output.Count;
            TokenizeChunk(text, start, i, offset, output);
            if (before > firstOfCall && output.Count > before)
            {
                JoinMixedFraction(text, offset, output, before);
            }
        }
    }

    private void TokenizeChunk(ReadOnlySpan<char> text, int start, int end, int offset, List<Token> output)
    {
        // Suffixes are found right to left; they are appended as found and put in order once the core is out.
        var suffixesAt = output.Count;
        var keptWhole = false;
        while (start < end)
        {
            if (IsKeptWhole(text[start..end]))
            {
                keptWhole = true;
                break;
            }

            int length;
            if (suffixesAt == output.Count && (length = PrefixLength(text, start, end)) > 0)
            {
                output.Add(new Token(start + offset, length, SplitKind(text[start])));
                start += length;
                suffixesAt = output.Count;
                continue;
            }

            if ((length = SuffixLength(text, start, end)) > 0)
            {
                end -= length;
                var kind = length == 2 && text[end + 1] is 's' or 'S' ? TokenKind.Word : SplitKind(text[end]);
                output.Add(new Token(end + offset, length, kind));
                continue;
            }

            break;
        }

        var coreAt = output.Count;
        if (start < end)
        {
            if (keptWhole || StartsLikeUrl(text[start..end]))
            {
                output.Add(new Token(start + offset, end - start, TokenKind.Word));
            }
            else
            {
                SplitInfixes(text, start, end, offset, output);
            }
        }

        if (coreAt > suffixesAt)
        {
            var tail = CollectionsMarshal.AsSpan(output)[suffixesAt..];
            tail.Reverse();
            tail[..(output.Count - coreAt)].Reverse();
        }
    }

    private bool IsKeptWhole(ReadOnlySpan<char> chunk)
    {
        if (chunk.Length < 2)
        {
            return false;
        }

        if (chunk[^1] == '.' && (IsLetterPeriodRun(chunk) || (chunk.Length == 2 && TokenizerRules.InitialLetters.Contains(chunk[0]))))
        {
            return true;
        }

        return chunk.Length <= longestAbbreviation && abbreviationEnds.Contains(chunk[^1]) && abbreviations.Contains(chunk);
    }

    /// <summary><c>U.S.</c>, <c>e.g.</c>, <c>a.m.</c>: single letters each followed by a period, two or more times.</summary>
    private static bool IsLetterPeriodRun(ReadOnlySpan<char> chunk)
    {
        if (chunk.Length < 4 || chunk.Length % 2 != 0)
        {
            return false;
        }

        for (var i = 0; i < chunk.Length; i += 2)
        {
            if ((Chars[chunk[i]] & CharFlags.Letter) == 0 || chunk[i + 1] != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static int PrefixLength(ReadOnlySpan<char> text, int start, int end)
    {
        var c = text[start];
        if ((Chars[c] & CharFlags.Prefix) != 0)
        {
            return TokenizerRules.RunChars.Contains(c) ? RunLength(text, start, end) : 1;
        }

        // A lone period may start a number (".75"); two or more are an ellipsis.
        return c == '.' && start + 1 < end && text[start + 1] == '.' ? RunLength(text, start, end) : 0;
    }

    private static int SuffixLength(ReadOnlySpan<char> text, int start, int end)
    {
        var last = end - 1;
        var c = text[last];
        if (c is 's' or 'S'
            && last - start >= 2
            && text[last - 1] is '\'' or '’'
            && (Chars[text[last - 2]] & (CharFlags.Letter | CharFlags.Digit | CharFlags.Mark)) != 0)
        {
            return 2;
        }

        if ((Chars[c] & CharFlags.Suffix) == 0)
        {
            return 0;
        }

        if (!TokenizerRules.RunChars.Contains(c))
        {
            return 1;
        }

        var i = last;
        while (i > start && text[i - 1] == c)
        {
            i--;
        }

        return end - i;
    }

    private void SplitInfixes(ReadOnlySpan<char> text, int start, int end, int offset, List<Token> output)
    {
        var piece = start;
        var i = start;
        while (i < end)
        {
            if ((Chars[text[i]] & CharFlags.Infix) == 0)
            {
                i++;
                continue;
            }

            var length = InfixLength(text, piece, i, end);
            if (length == 0)
            {
                i++;
                continue;
            }

            if (i > piece)
            {
                EmitPiece(text, piece, i, offset, output);
            }

            output.Add(new Token(i + offset, length, SplitKind(text[i])));
            i += length;
            piece = i;
        }

        if (piece < end)
        {
            EmitPiece(text, piece, end, offset, output);
        }
    }

    /// <summary>How many characters at <paramref name="i"/> split off as their own token; 0 keeps them in the piece.</summary>
    private int InfixLength(ReadOnlySpan<char> text, int piece, int i, int end)
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
    private bool AreSlashUnits(ReadOnlySpan<char> text, int piece, int slash, int end)
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

        return from < slash && to > slash + 1 && slashUnits.Contains(text[from..slash]) && slashUnits.Contains(text[(slash + 1)..to]);
    }

    private static bool IsPower(char c) => c is '2' or '3' || NumberShape.IsExponent(c);

    private static bool IsThousandsGroup(ReadOnlySpan<char> text, int from, int end) =>
        from + 3 <= end
        && char.IsAsciiDigit(text[from]) && char.IsAsciiDigit(text[from + 1]) && char.IsAsciiDigit(text[from + 2])
        && (from + 3 == end || !char.IsAsciiDigit(text[from + 3]));

    /// <summary>Emits what lies between infixes: a number, a number and its glued unit, or a word.</summary>
    private void EmitPiece(ReadOnlySpan<char> text, int start, int end, int offset, List<Token> output)
    {
        // A period glued to an infix ("years.[10]") ends the word as it would at the end of a chunk.
        if (end - start > 1 && text[end - 1] == '.' && !IsKeptWhole(text[start..end]))
        {
            EmitPiece(text, start, end - 1, offset, output);
            output.Add(new Token(end - 1 + offset, 1, TokenKind.Punctuation));
            return;
        }

        var piece = text[start..end];
        var numberLength = NumberShape.NumberLength(piece);
        if (numberLength == piece.Length)
        {
            output.Add(new Token(start + offset, piece.Length, TokenKind.Number));
            return;
        }

        if (numberLength > 0)
        {
            var tail = piece[numberLength..];
            if (!NumberShape.IsOrdinalOrDecade(piece[..numberLength], tail) && NumberShape.IsUnitTail(tail))
            {
                output.Add(new Token(start + offset, numberLength, TokenKind.Number));
                output.Add(new Token(start + offset + numberLength, tail.Length, tail is "°" ? TokenKind.Symbol : TokenKind.Word));
                return;
            }
        }

        output.Add(new Token(start + offset, piece.Length, WholeKind(piece)));
    }

    private static TokenKind WholeKind(ReadOnlySpan<char> piece)
    {
        const CharFlags wordy = CharFlags.Letter | CharFlags.Digit | CharFlags.Fraction | CharFlags.Mark | CharFlags.Surrogate;
        var allPunctuation = true;
        foreach (var c in piece)
        {
            var flags = Chars[c];
            if ((flags & wordy) != 0)
            {
                return TokenKind.Word;
            }

            allPunctuation &= (flags & CharFlags.Punctuation) != 0;
        }

        return allPunctuation ? TokenKind.Punctuation : TokenKind.Symbol;
    }

    private static TokenKind SplitKind(char first) =>
        (Chars[first] & CharFlags.Punctuation) != 0 ? TokenKind.Punctuation : TokenKind.Symbol;

    private static bool IsDigitLike(char c) => (Chars[c] & (CharFlags.Digit | CharFlags.Fraction)) != 0;

    private static int RunLength(ReadOnlySpan<char> text, int start, int end)
    {
        var i = start + 1;
        while (i < end && text[i] == text[start])
        {
            i++;
        }

        return i - start;
    }

    private static bool StartsLikeUrl(ReadOnlySpan<char> chunk)
    {
        foreach (var start in TokenizerRules.UrlStarts)
        {
            if (chunk.Length > start.Length && chunk.StartsWith(start, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"10 1/2" is one number: join a whole number to the fraction right after one space.</summary>
    private static void JoinMixedFraction(ReadOnlySpan<char> text, int offset, List<Token> output, int first)
    {
        var whole = output[first - 1];
        var fraction = output[first];
        if (whole.Kind != TokenKind.Number || fraction.Kind != TokenKind.Number)
        {
            return;
        }

        var wholeStart = whole.Start - offset;
        var gap = wholeStart + whole.Length;
        var fractionStart = fraction.Start - offset;
        if (fractionStart != gap + 1 || !TokenizerRules.MixedFractionGaps.Contains(text[gap]) || whole.Length > 3)
        {
            return;
        }

        foreach (var c in text.Slice(wholeStart, whole.Length))
        {
            if (!char.IsAsciiDigit(c))
            {
                return;
            }
        }

        if (NumberShape.IsFraction(text.Slice(fractionStart, fraction.Length)))
        {
            output[first - 1] = new Token(whole.Start, fraction.End - whole.Start, TokenKind.Number);
            output.RemoveAt(first);
        }
    }
}
