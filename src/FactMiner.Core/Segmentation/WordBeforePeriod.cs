namespace FactMiner.Core.Segmentation;

/// <summary>Reads the word a period is attached to and says whether it is an abbreviation, and of which kind.</summary>
internal static class WordBeforePeriod
{
    private const int MaxDottedPart = 3;

    /// <summary>The word before the period at <paramref name="periodAt"/>, without opening quotes or brackets.</summary>
    public static ReadOnlySpan<char> Read(ReadOnlySpan<char> text, int segmentStart, int periodAt)
    {
        var start = periodAt;
        while (start > segmentStart && !SentenceChars.IsSpace(text[start - 1]))
        {
            start--;
        }

        var word = text[start..periodAt];
        while (!word.IsEmpty && SentenceChars.IsOpener(word[0]))
        {
            word = word[1..];
        }

        while (!word.IsEmpty && SentenceChars.IsCloser(word[^1]))
        {
            word = word[..^1];
        }

        return word;
    }

    /// <summary>The abbreviation kind of <paramref name="word"/>, or null for an ordinary word, number, URL or address.</summary>
    public static AbbreviationKind? Classify(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return null;
        }

        if (Abbreviations.TryGetKind(word, out var kind))
        {
            // "St. Michael's" is a title; "5th st. near" is a street and may end a sentence.
            return kind == AbbreviationKind.Title && !char.IsUpper(word[0]) ? AbbreviationKind.Ordinary : kind;
        }

        if (word.Length == 1 && char.IsLetter(word[0]))
        {
            return AbbreviationKind.Ordinary;
        }

        return IsDottedAbbreviation(word) ? AbbreviationKind.Ordinary : null;
    }

    /// <summary>True for an address that must not be split: an e-mail address or a URL.</summary>
    public static bool IsAddress(ReadOnlySpan<char> word) =>
        word.Contains('@') || word.Contains('/') || word.Contains("://", StringComparison.Ordinal)
        || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    // "U.S.A", "Ph.D", "a.m": short runs of letters joined by periods.
    private static bool IsDottedAbbreviation(ReadOnlySpan<char> word)
    {
        var hasDot = false;
        var part = 0;
        foreach (var c in word)
        {
            if (c == '.')
            {
                if (part == 0)
                {
                    return false;
                }

                hasDot = true;
                part = 0;
            }
            else if (char.IsLetter(c) && part < MaxDottedPart)
            {
                part++;
            }
            else
            {
                return false;
            }
        }

        return hasDot && part > 0;
    }
}
