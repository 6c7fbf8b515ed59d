using System.Runtime.CompilerServices;

namespace FactMiner.Core.Classification;

/// <summary>One word's features as <see cref="TopicFeaturizer"/> makes them, and their weighted sum of every topic's
/// weights: a sentence's scores are then the sum over its words plus its bigrams.</summary>
internal sealed record WordFeatures(uint Unigram, int[] Buckets, float[] Weights, float[] TopicWeights);

/// <summary>
/// Words repeat (a few thousand make most of any text), so each thread keeps the features of the words it has seen,
/// looked up by the featuriser's own padded form without allocating. Bounded: when full it starts again.
/// </summary>
/// <remarks>An open-addressing table keyed by a hash of the padded word: a word costs one hash, usually one probe and
/// one comparison (a dictionary with a span lookup took about twice as long through its comparer).</remarks>
internal sealed class WordFeatureCache
{
    private const int MaxWords = 1 << 15;

    // Twice the words it may hold, so probe runs stay short.
    private const int Slots = MaxWords * 2;

    // Hash, word and features side by side: a probe reads one cache line, not one in each of three arrays.
    private readonly Entry[] entries = new Entry[Slots];
    private int count;

    public WordFeatures GetOrAdd(ReadOnlySpan<char> padded, Func<ReadOnlySpan<char>, WordFeatures> build)
    {
        var hash = Hash(padded);
        var slot = (int)hash & (Slots - 1);
        while (entries[slot].Word is { } word)
        {
            if (entries[slot].Hash == hash && padded.SequenceEqual(word))
            {
                return entries[slot].Features!;
            }

            slot = (slot + 1) & (Slots - 1);
        }

        if (count >= MaxWords)
        {
            Array.Clear(entries);
            count = 0;
            slot = (int)hash & (Slots - 1);
        }

        var features = build(padded);
        entries[slot] = new Entry(hash, padded.ToString(), features);
        count++;
        return features;
    }

    // FNV-1a with murmur3's finaliser, so the low bits that pick the slot depend on every character.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }

        hash ^= hash >> 16;
        hash *= 0x85EBCA6B;
        hash ^= hash >> 13;
        return hash;
    }

    private readonly record struct Entry(uint Hash, string? Word, WordFeatures? Features);
}
