using System.Collections.Frozen;

namespace FactMiner.Core.Extraction;

/// <summary>A closed class of words, matched whole and ignoring case, looked up by span without allocating.</summary>
/// <remarks>The span lookup is made once here: asking a frozen set for it on every word cost type checks each time.
/// Most words are in no set, and <see cref="WordFilter"/> says so before the set is asked.</remarks>
internal sealed class WordSet(params string[] words)
{
    private readonly WordFilter filter = new(words);

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup =
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public bool Contains(ReadOnlySpan<char> word) => filter.MayHold(word) && lookup.Contains(word);
}
