using FactMiner.Core.Classification;
using FactMiner.Core.Model;
using FactMiner.Core.Tests.Support;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace FactMiner.Core.Tests.Classification;

public sealed class TopicTrainerTests : IDisposable
{
    private static readonly TopicTrainerOptions Quick = new() { Folds = 3, Trainers = ["SdcaMaximumEntropy"] };

    private readonly string folder = Directory.CreateTempSubdirectory("factminer-train-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Constructor_BadOptions_ListsEveryProblemAtOnce()
    {
        var error = Assert.Throws<ArgumentException>(() => new TopicTrainer(new TopicTrainerOptions { Folds = 1, Trainers = ["NaiveBayes"] }));

        Assert.Contains("Folds is 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("unknown trainer 'NaiveBayes'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_FewerSpeciesThanFolds_SaysWhy()
    {
        var corpus = TopicCorpus.From(SmallCorpus().Sentences.Where(s => s.Species == SmallCorpus().Sentences[0].Species));

        var error = Assert.Throws<TopicCorpusException>(() => new TopicTrainer(Quick).Train(corpus));

        Assert.Contains("needs at least 3 species", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_SmallCorpus_ScoresEveryCandidateAndSavesAModelThatReadsTextAlone()
    {
        var result = new TopicTrainer(Quick with { Trainers = ["SdcaMaximumEntropy", "LightGbm"] }).Train(SmallCorpus());
        var path = Path.Combine(folder, "topics.zip");
        result.SaveModel(path);

        Assert.Equal(["SdcaMaximumEntropy", "LightGbm"], result.Candidates.Select(c => c.Trainer));
        Assert.Equal(result.Candidates.MaxBy(c => c.Evaluation.MacroF1), result.Chosen);
        Assert.Equal(Topics.All, result.Topics);
        var ml = new MLContext();
        ml.ComponentCatalog.RegisterAssembly(typeof(TopicClassifier).Assembly);
        var model = ml.Model.Load(path, out var input);
        Assert.Equal(["Text"], input!.Select(c => c.Name));
        var scored = model.Transform(ml.Data.LoadFromEnumerable(new[] { new TextOnly { Text = "It eats beetles." } }));
        Assert.Equal(Topics.All.Count, scored.GetColumn<float[]>("Score").Single().Length);
    }

    [Fact]
    public void Train_SameCorpusAndSeedTwice_WritesTheSameModelBytes()
    {
        var first = Path.Combine(folder, "first.zip");
        var second = Path.Combine(folder, "second.zip");

        new TopicTrainer(Quick).Train(SmallCorpus()).SaveModel(first);
        new TopicTrainer(Quick).Train(SmallCorpus()).SaveModel(second);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void Card_TrainedModel_ReportsDataScoresMatrixAndHowToRetrain()
    {
        var result = new TopicTrainer(Quick).Train(SmallCorpus());

        var card = TopicModelCard.Render(result, "corpora/topics", "models/topics.zip", "models/topics.md");

        Assert.Contains("| morphology | ", card, StringComparison.Ordinal);
        Assert.Contains("**SdcaMaximumEntropy** (chosen)", card, StringComparison.Ordinal);
        Assert.Contains("## Confusion matrix", card, StringComparison.Ordinal);
        Assert.Contains("factminer train --corpus corpora/topics --model models/topics.zip --card models/topics.md --seed 1", card, StringComparison.Ordinal);
    }

    /// <summary>Ten sentences per topic from the committed corpus: enough to train in a few seconds.</summary>
    private static TopicCorpus SmallCorpus() =>
        TopicCorpus.From(TopicCorpus.Load(RepositoryFolder.File("corpora/topics")).Sentences
            .GroupBy(s => s.Topic)
            .SelectMany(g => g.Take(10)));

    private sealed class TextOnly
    {
        public string Text { get; set; } = string.Empty;
    }
}
