using System.Collections.Immutable;

namespace FactMiner.Core.Classification;

/// <summary>Per-topic precision, recall and F1, their macro average and the confusion matrix of gold against predicted topics.</summary>
public sealed class TopicEvaluation
{
    private TopicEvaluation(
        ImmutableArray<string> topics,
        ImmutableArray<TopicScore> perTopic,
        ImmutableArray<ImmutableArray<int>> confusion,
        double macroF1,
        double accuracy)
    {
        Topics = topics;
        PerTopic = perTopic;
        ConfusionMatrix = confusion;
        MacroF1 = macroF1;
        Accuracy = accuracy;
    }

    public ImmutableArray<string> Topics { get; }

    public ImmutableArray<TopicScore> PerTopic { get; }

    /// <summary><c>ConfusionMatrix[gold][predicted]</c>, indexed like <see cref="Topics"/>.</summary>
    public ImmutableArray<ImmutableArray<int>> ConfusionMatrix { get; }

    /// <summary>The unweighted mean F1 over the topics that have gold sentences.</summary>
    public double MacroF1 { get; }

    public double Accuracy { get; }

    /// <summary>Scores predictions given as indexes into <paramref name="topics"/>.</summary>
    public static TopicEvaluation From(IReadOnlyList<string> topics, IReadOnlyList<int> gold, IReadOnlyList<int> predicted)
    {
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException($"gold has {gold.Count} labels but predicted has {predicted.Count}; they must pair up.", nameof(predicted));
        }

        var n = topics.Count;
        var matrix = new int[n, n];
        var correct = 0;
        for (var k = 0; k < gold.Count; k++)
        {
            matrix[gold[k], predicted[k]]++;
            correct += gold[k] == predicted[k] ? 1 : 0;
        }

        var scores = ImmutableArray.CreateBuilder<TopicScore>(n);
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<int>>(n);
        for (var t = 0; t < n; t++)
        {
            int support = 0, predictedCount = 0;
            for (var u = 0; u < n; u++)
            {
                support += matrix[t, u];
                predictedCount += matrix[u, t];
            }

            var hit = matrix[t, t];
            var precision = predictedCount == 0 ? 0 : (double)hit / predictedCount;
            var recall = support == 0 ? 0 : (double)hit / support;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            scores.Add(new TopicScore(topics[t], support, precision, recall, f1));
            rows.Add([.. Enumerable.Range(0, n).Select(u => matrix[t, u])]);
        }

        var perTopic = scores.MoveToImmutable();
        var present = perTopic.Where(s => s.Support > 0).ToArray();
        var macroF1 = present.Length == 0 ? 0 : present.Average(s => s.F1);
        var accuracy = gold.Count == 0 ? 0 : (double)correct / gold.Count;
        return new TopicEvaluation([.. topics], perTopic, rows.MoveToImmutable(), macroF1, accuracy);
    }
}
