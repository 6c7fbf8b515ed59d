using FactMiner.Core.Classification;

namespace FactMiner.Core.Tests.Classification;

public sealed class TopicEvaluationTests
{
    [Fact]
    public void From_KnownPredictions_GivesPrecisionRecallF1AndConfusionMatrix()
    {
        string[] topics = ["diet", "habitat", "other"];
        int[] gold = [0, 0, 0, 1, 1, 2];
        int[] predicted = [0, 0, 1, 1, 1, 1];

        var evaluation = TopicEvaluation.From(topics, gold, predicted);

        var diet = evaluation.PerTopic[0];
        Assert.Equal((3, 1.0, 2 / 3.0, 0.8), (diet.Support, diet.Precision, diet.Recall, Math.Round(diet.F1, 10)));
        var habitat = evaluation.PerTopic[1];
        Assert.Equal((0.5, 1.0), (habitat.Precision, habitat.Recall));
        Assert.Equal(0, evaluation.PerTopic[2].F1);
        Assert.Equal((0.8 + (2 / 3.0) + 0) / 3, evaluation.MacroF1, 10);
        Assert.Equal(4 / 6.0, evaluation.Accuracy, 10);
        Assert.Equal([2, 1, 0], evaluation.ConfusionMatrix[0].ToArray());
        Assert.Equal([0, 1, 0], evaluation.ConfusionMatrix[2].ToArray());
    }

    [Fact]
    public void From_TopicWithoutGoldSentences_IsLeftOutOfTheMacroAverage()
    {
        var evaluation = TopicEvaluation.From(["diet", "habitat"], [0, 0], [0, 0]);

        Assert.Equal(1.0, evaluation.MacroF1);
    }
}
