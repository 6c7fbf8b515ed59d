using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace FactMiner.Core.Classification;

/// <summary>
/// The fast path: the trained maximum-entropy model's weights read out of ML.NET and applied to
/// <see cref="TopicFeaturizer"/>'s features directly, softmax included, with no ML.NET row machinery. The model is
/// linear, so a sentence's scores are the sum of its words' shares (cached per word) and its bigrams'; only the norm
/// needs the features bucket by bucket. Gives the topic ML.NET gives (a test checks it on the whole corpus);
/// probabilities agree to rounding.
/// </summary>
/// <remarks>Immutable after construction and so thread-safe; the word cache and scratch space are per thread.</remarks>
internal sealed class LinearTopicScorer : ITopicScorer
{
    private readonly struct ListSink(List<int> buckets, List<float> weights) : IFeatureSink
    {
        public List<int> Buckets => buckets;

        public List<float> Weights => weights;

        public void Add(int bucket, float weight)
        {
            buckets.Add(bucket);
            weights.Add(weight);
        }
    }

    private readonly int classes;
    private readonly float[] biases;

    // Bucket-major (all classes of one bucket side by side, padded to whole vectors), so each feature
    // costs one or two cache lines and a few vector multiply-adds.
    private readonly int stride;
    private readonly float[] weights;

    // One bit per bucket: whether any topic weighs it. Most bigram buckets carry no weight (training never saw them), and
    // testing this 32 KiB map spares fetching their rows from the 12 MiB table.
    private readonly ulong[] weighted = new ulong[TopicFeaturizer.Dimension / 64];

    // Each thread's word cache (it holds weights of this model) and norm scratch.
    private readonly ThreadLocal<(WordFeatureCache Words, SparseSums Norm)> scratch = new(() => (new WordFeatureCache(), new SparseSums()));
    private readonly Func<ReadOnlySpan<char>, WordFeatures> buildWord;

    public LinearTopicScorer(MaximumEntropyModelParameters model)
    {
        ArgumentNullException.ThrowIfNull(model);
        VBuffer<float>[] perClass = [];
        model.GetWeights(ref perClass, out classes);
        biases = [.. model.GetBiases()];
        buildWord = BuildWord;
        stride = (classes + Vector128<float>.Count - 1) / Vector128<float>.Count * Vector128<float>.Count;
        weights = new float[TopicFeaturizer.Dimension * stride];
        for (var c = 0; c < classes; c++)
        {
            if (perClass[c].Length != TopicFeaturizer.Dimension)
            {
                throw new ArgumentException(
                    $"the model has {perClass[c].Length} features per class but the featuriser makes {TopicFeaturizer.Dimension}.", nameof(model));
            }

            foreach (var (index, value) in perClass[c].Items())
            {
                weights[(index * stride) + c] = value;
                if (value != 0f)
                {
                    weighted[index >> 6] |= 1UL << index;
                }
            }
        }
    }

    public int Classes => classes;

    public void Score(IReadOnlyList<string> sentences, Span<int> topics, Span<float> confidences)
    {
        var (cache, norm) = scratch.Value;
        Span<char> padded = stackalloc char[TopicFeaturizer.PaddedCapacity];
        Span<float> scores = stackalloc float[stride];
        Span<Vector128<float>> sums = stackalloc Vector128<float>[stride / Vector128<float>.Count];
        for (var k = 0; k < sentences.Count; k++)
        {
            sums.Clear();
            norm.Clear();
            var words = new TopicFeaturizer.FeatureWords(sentences[k], padded);
            uint previous = 0;
            var hasPrevious = false;
            while (words.MoveNext())
            {
                var word = cache.GetOrAdd(words.Padded, buildWord);
                AddTo(sums, word.TopicWeights, 1f);
                for (var f = 0; f < word.Buckets.Length; f++)
                {
                    norm.Add(word.Buckets[f], word.Weights[f]);
                }

                if (hasPrevious)
                {
                    var bigram = TopicFeaturizer.BigramBucket(previous, word.Unigram);
                    if ((weighted[bigram >> 6] & (1UL << bigram)) != 0)
                    {
                        AddTo(sums, weights.AsSpan(bigram * stride, stride), TopicFeaturizer.BigramWeight);
                    }

                    norm.Add(bigram, TopicFeaturizer.BigramWeight);
                }

                previous = word.Unigram;
                hasPrevious = true;
            }

            (topics[k], confidences[k]) = Softmax(sums, norm.SumOfSquares(), scores);
        }
    }

    private WordFeatures BuildWord(ReadOnlySpan<char> padded)
    {
        var sink = new ListSink([], []);
        var unigram = TopicFeaturizer.AddWordFeatures(padded, ref sink);
        var topicWeights = new float[stride];
        Span<Vector128<float>> sums = stackalloc Vector128<float>[stride / Vector128<float>.Count];
        sums.Clear();
        for (var f = 0; f < sink.Buckets.Count; f++)
        {
            AddTo(sums, weights.AsSpan(sink.Buckets[f] * stride, stride), sink.Weights[f]);
        }

        for (var lane = 0; lane < sums.Length; lane++)
        {
            sums[lane].CopyTo(topicWeights, lane * Vector128<float>.Count);
        }

        return new WordFeatures(unigram, [.. sink.Buckets], [.. sink.Weights], topicWeights);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddTo(Span<Vector128<float>> sums, ReadOnlySpan<float> row, float weight)
    {
        var broadcast = Vector128.Create(weight);
        ref var start = ref MemoryMarshal.GetReference(row);
        for (var lane = 0; lane < sums.Length; lane++)
        {
            sums[lane] += broadcast * Vector128.LoadUnsafe(ref start, (nuint)(lane * Vector128<float>.Count));
        }
    }

    private (int Best, float Probability) Softmax(ReadOnlySpan<Vector128<float>> sums, float sumOfSquares, Span<float> scores)
    {
        var lanes = sums.Length;
        for (var lane = 0; lane < lanes; lane++)
        {
            sums[lane].CopyTo(scores[(lane * Vector128<float>.Count)..]);
        }

        scores = scores[..classes];

        // ML.NET scores the L2-normalised vector; scaling the sum once is the same up to rounding.
        var scale = sumOfSquares > 0f ? 1f / MathF.Sqrt(sumOfSquares) : 0f;
        var best = 0;
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = (scores[c] * scale) + biases[c];
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        // Softmax, shifted by the maximum as ML.NET does, so large scores cannot overflow.
        var max = scores[best];
        var total = 0f;
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = MathF.Exp(scores[c] - max);
            total += scores[c];
        }

        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] /= total;
        }

        return (best, scores[best]);
    }
}
