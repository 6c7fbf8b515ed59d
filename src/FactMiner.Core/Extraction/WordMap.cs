using System.Collections.Frozen;

namespace FactMiner.Core.Extraction;

/// <summary>Words (ignoring case) with a value each, looked up by span without allocating; <see cref="WordFilter"/>
/// answers most words, which are in no such table, before the table is asked.</summary>
internal sealed class WordMap<TValue>
{
    private readonly WordFilter filter;
    private readonly FrozenDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public WordMap(IEnumerable<KeyValuePair<string, TValue>> entries)
    {
        var table = entries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        filter = new WordFilter(table.Keys);
        lookup = table.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
    {
        if (filter.MayHold(word))
        {
            return lookup.TryGetValue(word, out value!);
        }

        value = default!;
        return false;
    }
}
