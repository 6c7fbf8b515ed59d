using System.Runtime.CompilerServices;

namespace FactMiner.Core.Extraction;

/// <summary>
/// A quick "no" in front of a case-insensitive word table: one bit for each (length, first letter, last letter) its words
/// have. Most words a reader looks up are in none of its tables, and testing a bit in 2 KiB costs a fraction of hashing
/// and comparing the word ignoring case.
/// </summary>
/// <remarks>Never a false "no": both cases of an ASCII letter set the same bit, and a word whose first or last character
/// is not ASCII (which may fold to ASCII ignoring case) is always passed on to the table, as is every word of a table
/// holding such a word.</remarks>
internal sealed class WordFilter
{
    private const int CharBits = 5;

    private const int LengthBits = 4;

    private readonly ulong[] bits = new ulong[(1 << (LengthBits + (2 * CharBits))) / 64];

    private readonly bool passesAll;

    public WordFilter(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            if (word.Length == 0 || word[0] >= 0x80 || word[^1] >= 0x80)
            {
                passesAll = true;
                continue;
            }

            var key = Key(word);
            bits[key >> 6] |= 1UL << key;
        }
    }

    /// <summary>False only when the table cannot hold <paramref name="word"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayHold(ReadOnlySpan<char> word)
    {
        if (passesAll || word.IsEmpty || (word[0] | word[^1]) >= 0x80)
        {
            return true;
        }

        var key = Key(word);
        return (bits[key >> 6] & (1UL << key)) != 0;
    }

    // ASCII letters fold with their other case ('A' | 0x20 is 'a'); other characters simply share bits.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Key(ReadOnlySpan<char> word) =>
        ((word.Length & ((1 << LengthBits) - 1)) << (2 * CharBits)) | (Fold(word[0]) << CharBits) | Fold(word[^1]);

    private static int Fold(char c) => (c | 0x20) & ((1 << CharBits) - 1);
}
