namespace FactMiner.Core.Classification;

/// <summary>One word's features as <see cref="TopicFeaturizer"/> makes them, and their weighted sum of every topic's
/// weights: a sentence's scores are then the sum over its words plus its bigrams.</summary>
internal sealed record WordFeatures(uint Unigram, int[] Buckets, float[] Weights, float[] TopicWeights);

/// <summary>
/// Words repeat (a few thousand make most of any text), so each thread keeps the features of the words it has seen,
/// looked up by the featuriser's own padded form without allocating. Bounded: when full it starts again.
/// </summary>
internal sealed class WordFeatureCache
{
    private const int MaxWords = 1 << 15;

    private readonly Dictionary<string, WordFeatures> words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WordFeatures>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public WordFeatureCache() => lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();

    public WordFeatures GetOrAdd(ReadOnlySpan<char> padded, Func<ReadOnlySpan<char>, WordFeatures> build)
    {
        if (lookup.TryGetValue(padded, out var features))
        {
            return features;
        }

        if (words.Count >= MaxWords)
        {
            words.Clear();
        }

        features = build(padded);
        lookup[padded] = features;
        return features;
    }
}
