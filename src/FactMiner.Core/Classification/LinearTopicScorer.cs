using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace FactMiner.Core.Classification;

/// <summary>
/// The fast path: the trained maximum-entropy model's weights read out of ML.NET and applied to
/// <see cref="TopicFeaturizer"/>'s vector directly, softmax included, with no ML.NET row machinery.
/// Gives the topic ML.NET gives (a test checks it on the whole corpus); probabilities agree to rounding.
/// </summary>
/// <remarks>Immutable after construction and so thread-safe; scratch space is per thread.</remarks>
internal sealed class LinearTopicScorer : ITopicScorer
{
    private readonly int classes;
    private readonly float[] biases;

    // Bucket-major (all classes of one bucket side by side), so each feature touches one cache line or two.
    private readonly float[] weights;

    public LinearTopicScorer(MaximumEntropyModelParameters model)
    {
        ArgumentNullException.ThrowIfNull(model);
        VBuffer<float>[] perClass = [];
        model.GetWeights(ref perClass, out classes);
        biases = [.. model.GetBiases()];
        weights = new float[TopicFeaturizer.Dimension * classes];
        for (var c = 0; c < classes; c++)
        {
            if (perClass[c].Length != TopicFeaturizer.Dimension)
            {
                throw new ArgumentException(
                    $"the model has {perClass[c].Length} features per class but the featuriser makes {TopicFeaturizer.Dimension}.", nameof(model));
            }

            foreach (var (index, value) in perClass[c].Items())
            {
                weights[(index * classes) + c] = value;
            }
        }
    }

    public int Classes => classes;

    public void Score(IReadOnlyList<string> sentences, Span<int> topics, Span<float> confidences)
    {
        var counts = FeatureCounts.ForCurrentThread();
        Span<float> scores = stackalloc float[classes];
        for (var k = 0; k < sentences.Count; k++)
        {
            counts.Clear();
            TopicFeaturizer.Featurize(sentences[k], counts);
            (topics[k], confidences[k]) = ScoreFeatures(counts, scores);
        }
    }

    /// <summary>The probability of every topic for one sentence, in score-slot order.</summary>
    public float[] Probabilities(string sentence)
    {
        var counts = FeatureCounts.ForCurrentThread();
        TopicFeaturizer.Featurize(sentence, counts);
        var scores = new float[classes];
        ScoreFeatures(counts, scores);
        return scores;
    }

    private (int Best, float Probability) ScoreFeatures(FeatureCounts counts, Span<float> scores)
    {
        scores.Clear();
        ref var table = ref MemoryMarshal.GetArrayDataReference(weights);
        var sumOfSquares = 0f;
        foreach (var bucket in counts.Touched)
        {
            var value = counts.ValueAt(bucket);
            sumOfSquares += value * value;
            ref var row = ref Unsafe.Add(ref table, bucket * classes);
            for (var c = 0; c < scores.Length; c++)
            {
                scores[c] += value * Unsafe.Add(ref row, c);
            }
        }

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
