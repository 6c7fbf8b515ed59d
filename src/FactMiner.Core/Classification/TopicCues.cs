using System.Numerics;
using FactMiner.Core.Model;

namespace FactMiner.Core.Classification;

/// <summary>
/// Matches a lowercase word against <see cref="TopicCueWords"/>: the topics it signals, as a bit mask over
/// <see cref="Topics.All"/>. Prefix entries are checked at every prefix of the word, exact entries against
/// the word and the word less a plural ending, all through one table of FNV-1a hashes built once, so a
/// match costs one hash step and one probe per letter and allocates nothing.
/// </summary>
internal static class TopicCues
{
    private const int TableBits = 13;
    private const int TableMask = (1 << TableBits) - 1;
    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;
    private const int PrefixShift = 16;

    private static readonly uint[] Keys = new uint[1 << TableBits];

    // Low 16 bits: topics of the exact entry with this hash; high 16 bits: topics of the prefix entry.
    private static readonly int[] Masks = new int[1 << TableBits];

    static TopicCues()
    {
        var entries = 0;
        for (var topic = 0; topic < Topics.All.Count; topic++)
        {
            foreach (var entry in TopicCueWords.ByTopic[Topics.All[topic]].Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
            {
                var isPrefix = entry.EndsWith('*');
                var word = isPrefix ? entry[..^1] : entry;
                Insert(Hash(word), (1 << topic) << (isPrefix ? PrefixShift : 0));
                entries++;
            }
        }

        EntryCount = entries;
    }

    /// <summary>How many cue words and stems the list has, over all topics.</summary>
    public static int EntryCount { get; }

    /// <summary>The topics <paramref name="word"/> signals, one bit per index in <see cref="Topics.All"/>; 0 for none.</summary>
    public static int TopicsOf(ReadOnlySpan<char> word)
    {
        var mask = 0;
        var hash = Offset;
        uint lessOne = 0, lessTwo = 0;
        for (var j = 0; j < word.Length; j++)
        {
            lessTwo = lessOne;
            lessOne = hash;
            hash = (hash ^ word[j]) * Prime;
            if (j >= 2)
            {
                mask |= (int)((uint)Probe(hash) >> PrefixShift);
            }
        }

        mask |= Probe(hash) & 0xFFFF;
        if (word.Length > 3 && word[^1] == 's')
        {
            mask |= Probe(lessOne) & 0xFFFF;
            if (word[^2] == 'e')
            {
                mask |= Probe(lessTwo) & 0xFFFF;
            }
        }

        return mask;
    }

    /// <summary>Every topic index set in <paramref name="mask"/>, lowest first.</summary>
    public static int NextTopic(ref int mask)
    {
        var topic = BitOperations.TrailingZeroCount(mask);
        mask &= mask - 1;
        return topic;
    }

    private static uint Hash(ReadOnlySpan<char> word)
    {
        var hash = Offset;
        foreach (var c in word)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }

    private static int Probe(uint hash)
    {
        for (var slot = (int)(hash & TableMask); ; slot = (slot + 1) & TableMask)
        {
            if (Keys[slot] == hash)
            {
                return Masks[slot];
            }

            if (Keys[slot] == 0)
            {
                return 0;
            }
        }
    }

    private static void Insert(uint hash, int mask)
    {
        // Hash 0 marks an empty slot; FNV-1a of a non-empty word is 0 with odds of 1 in 2^32 per word.
        for (var slot = (int)(hash & TableMask); ; slot = (slot + 1) & TableMask)
        {
            if (Keys[slot] == hash || Keys[slot] == 0)
            {
                Keys[slot] = hash;
                Masks[slot] |= mask;
                return;
            }
        }
    }
}
