using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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

    // Bucket-major (all classes of one bucket side by side, padded to whole vectors), so each feature
    // costs one or two cache lines and a few vector multiply-adds.
    private readonly int stride;
    private readonly float[] weights;

    public LinearTopicScorer(MaximumEntropyModelParameters model)
    {
        ArgumentNullException.ThrowIfNull(model);
        VBuffer<float>[] perClass = [];
        model.GetWeights(ref perClass, out classes);
        biases = [.. model.GetBiases()];
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
            }
        }
    }

    public int Classes => classes;

    public void Score(IReadOnlyList<string> sentences, Span<int> topics, Span<float> confidences)
    {
        var counts = FeatureCounts.ForCurrentThread();
        Span<float> scores = stackalloc float[stride];
        for (var k = 0; k < sentences.Count; k++)
        {
            counts.Clear();
            TopicFeaturizer.Featurize(sentences[k], counts);
            (topics[k], confidences[k]) = ScoreFeatures(counts, scores);
        }
    }

    private (int Best, float Probability) ScoreFeatures(FeatureCounts counts, Span<float> scores)
    {
        var lanes = stride / Vector128<float>.Count;
        Span<Vector128<float>> sums = stackalloc Vector128<float>[lanes];
        sums.Clear();
        ref var table = ref MemoryMarshal.GetArrayDataReference(weights);
        var sumOfSquares = 0f;
        foreach (var bucket in counts.Touched)
        {
            var value = counts.ValueAt(bucket);
            sumOfSquares += value * value;
            var broadcast = Vector128.Create(value);
            ref var row = ref Unsafe.Add(ref table, bucket * stride);
            for (var lane = 0; lane < lanes; lane++)
            {
                sums[lane] += broadcast * Vector128.LoadUnsafe(ref row, (nuint)(lane * Vector128<float>.Count));
            }
        }

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
