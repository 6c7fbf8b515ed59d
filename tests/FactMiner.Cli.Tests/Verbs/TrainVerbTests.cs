using System.CommandLine;
using FactMiner.Cli.Verbs;
using FactMiner.Core.Classification;
using FactMiner.Core.Tests.Support;

namespace FactMiner.Cli.Tests.Verbs;

public sealed class TrainVerbTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("factminer-train-verb-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Train_SmallCorpus_PrintsScoresAndMatrixAndWritesModelAndCard()
    {
        var corpus = WriteSmallCorpus();
        var model = Path.Combine(folder, "out", "topics.zip");
        var card = Path.Combine(folder, "out", "topics.md");

        var (exit, stdout, _) = await Run("--corpus", corpus, "--model", model, "--card", card, "--seed", "7", "--trainers", "SdcaMaximumEntropy");

        Assert.Equal(0, exit);
        Assert.Contains("SdcaMaximumEntropy", stdout, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^morphology\s+\d+\s+[01]\.\d{3}\s+[01]\.\d{3}\s+[01]\.\d{3}$", stdout);
        Assert.Matches(@"(?m)^macro-F1\s", stdout);
        Assert.Contains("confusion matrix", stdout, StringComparison.Ordinal);
        Assert.Equal(12, TopicClassifier.Load(model).Topics.Count);
        Assert.Contains("--seed 7", File.ReadAllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_CorpusWithUnknownTopic_ExitsTwoNamingFileAndLine()
    {
        File.WriteAllText(Path.Combine(folder, "bad.csv"), "text,topic,species,style\nIt eats voles.,food,red fox,web\n");

        var (exit, _, stderr) = await Run("--corpus", folder, "--model", Path.Combine(folder, "m.zip"), "--card", Path.Combine(folder, "m.md"));

        Assert.Equal(2, exit);
        Assert.Contains("bad.csv:2: unknown topic 'food'", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "m.zip")));
    }

    [Fact]
    public void Create_NoOptions_DefaultsToTheCommittedCorpusAndModelPaths()
    {
        var command = TrainVerb.Create();
        var parsed = command.Parse([]);

        Assert.Equal("train", command.Name);
        Assert.Equal("corpora/topics", parsed.GetValue<string>("--corpus"));
        Assert.Equal("models/topics.zip", parsed.GetValue<string>("--model"));
        Assert.Equal("models/topics.md", parsed.GetValue<string>("--card"));
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await TrainVerb.Create().Parse(args).InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Eight sentences per topic, each about another species, from the committed corpus, so the verb trains in seconds.</summary>
    private string WriteSmallCorpus()
    {
        var sentences = TopicCorpus.Load(RepositoryFolder.File("corpora/topics")).Sentences
            .GroupBy(s => s.Topic)
            .SelectMany(g => g.DistinctBy(s => s.Species).Take(8));
        var corpus = Path.Combine(folder, "corpus");
        Directory.CreateDirectory(corpus);
        File.WriteAllLines(
            Path.Combine(corpus, "small.csv"),
            ["text,topic,species,style", .. sentences.Select(s => $"\"{s.Text.Replace("\"", "\"\"", StringComparison.Ordinal)}\",{s.Topic},{s.Species},{s.Style}")]);
        return corpus;
    }
}
