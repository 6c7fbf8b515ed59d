namespace FactMiner.Core.Extraction;

/// <summary>
/// Reads the noun a bare number counts: up to three modifiers, then an animal, an individual or the subject's head noun
/// (<c>three to five musk deer</c>, <c>2,500 mature individuals</c>, <c>two fawns</c>); <c>23 computers</c> is no count.
/// </summary>
internal static class CountPhraseReader
{
    private const int MaxModifiers = 3;

    /// <param name="subjectHead">The last word of the sentence's subject (<c>deer</c> of <c>musk deer</c>); may be empty.</param>
    /// <param name="nounEnd">Token after the counted noun.</param>
    public static bool TryRead(in SentenceTokens tokens, int end, ReadOnlySpan<char> subjectHead, out int nounEnd)
    {
        nounEnd = end;
        for (var i = end; i < end + MaxModifiers + 1 && tokens.IsWord(i); i++)
        {
            var word = tokens[i];
            if (IsNoun(word, subjectHead))
            {
                nounEnd = i + 1;
                while (tokens.IsWord(nounEnd) && IsNoun(tokens[nounEnd], subjectHead))
                {
                    nounEnd++;
                }

                return true;
            }

            if (CountNouns.IsFunctionWord(word) || !IsPlainWord(word) || UnitTable.Default.Find(word) is not null)
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsNoun(ReadOnlySpan<char> word, ReadOnlySpan<char> subjectHead) =>
        CountNouns.IsCountable(word) || CountNouns.IsFormOf(word, subjectHead);

    private static bool IsPlainWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }
}
