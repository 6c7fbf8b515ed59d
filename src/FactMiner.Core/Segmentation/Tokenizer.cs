using System.Buffers;
using System.Collections.Frozen;
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
    private const CharFlags PlainWordFlags = CharFlags.Letter | CharFlags.Upper | CharFlags.Lower | CharFlags.Mark;

    private static readonly CharFlags[] Chars = TokenizerRules.Chars;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> abbreviations;
    private readonly SearchValues<char> abbreviationEnds;
    private readonly int longestAbbreviation;

    private Tokenizer()
    {
        var abbreviationSet = TokenizerRules.BuildAbbreviationSet();
        abbreviations = abbreviationSet.GetAlternateLookup<ReadOnlySpan<char>>();
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
            var seen = CharFlags.None;
            var seenBeforeLast = CharFlags.None;
            while (i < text.Length)
            {
                var flags = Chars[text[i]];
                if ((flags & CharFlags.Separator) != 0)
                {
                    break;
                }

                seenBeforeLast = seen;
                seen |= flags;
                i++;
            }

            var before = output.Count;

            // Most chunks are plain words or digits, which no rule can split: skip the rule passes for them.
            if ((seen & ~PlainWordFlags) == 0)
            {
                output.Add(new Token(start + offset, i - start, TokenKind.Word));
            }
            else if (seen == CharFlags.Digit)
            {
                output.Add(new Token(start + offset, i - start, TokenKind.Number));
            }
            else if (i - start > 1
                && (seenBeforeLast & ~PlainWordFlags) == 0
                && text[i - 1] is ',' or ';' or ':' or '.'
                && !IsKeptWhole(text[start..i]))
            {
                // "populations," and "tall.": a plain word and its closing punctuation.
                output.Add(new Token(start + offset, i - 1 - start, TokenKind.Word));
                output.Add(new Token(i - 1 + offset, 1, TokenKind.Punctuation));
            }
            else
            {
                TokenizeChunk(text, start, i, offset, output);
            }

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
                var kind = IsPossessive(text[end..(end + length)]) ? TokenKind.Word : SplitKind(text[end]);
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

        if (IsPossessive(chunk))
        {
            return chunk.Length == 2;
        }

        if (chunk[^1] == '.' && (IsLetterPeriodRun(chunk) || (chunk.Length == 2 && TokenizerRules.InitialLetters.Contains(chunk[0]))))
        {
            return true;
        }

        return chunk.Length <= longestAbbreviation && abbreviationEnds.Contains(chunk[^1]) && abbreviations.Contains(chunk);
    }

    private static bool IsPossessive(ReadOnlySpan<char> text) =>
        text.Length == 2 && TokenizerRules.PossessiveApostrophes.Contains(text[0]) && text[1] is 's' or 'S';

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
            return TokenizerRules.RunChars.Contains(c) ? InfixRule.RunLength(text, start, end) : 1;
        }

        // A lone period may start a number (".75"); two or more are an ellipsis.
        return c == '.' && start + 1 < end && text[start + 1] == '.' ? InfixRule.RunLength(text, start, end) : 0;
    }

    private static int SuffixLength(ReadOnlySpan<char> text, int start, int end)
    {
        var last = end - 1;
        var c = text[last];
        if (last - start >= 2
            && IsPossessive(text[(last - 1)..end])
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

            var length = InfixRule.Length(text, piece, i, end);
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
