using FactMiner.Core.Classification;
using FactMiner.Core.Model;
using FactMiner.Core.Tests.Support;

namespace FactMiner.Core.Tests.Classification;

public sealed class TopicCorpusTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("factminer-corpus-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Load_CommittedCorpus_HasEnoughSentencesPerTopicAndSpecies()
    {
        var corpus = TopicCorpus.Load(RepositoryFolder.File("corpora/topics"));

        Assert.True(corpus.Sentences.Length >= 1500, $"{corpus.Sentences.Length} sentences; the issue asks for at least 1,500");
        Assert.All(corpus.CountByTopic(), c => Assert.True(c.Count >= 80, $"{c.Topic} has {c.Count} sentences; the issue asks for at least 80"));
        Assert.True(corpus.CountBySpecies().Count >= 40, $"{corpus.CountBySpecies().Count} species; the issue asks for at least 40");
    }

    [Fact]
    public void Load_CommittedCorpus_LeavesTheUsersSampleOut()
    {
        var corpus = TopicCorpus.Load(RepositoryFolder.File("corpora/topics"));

        Assert.DoesNotContain(corpus.Sentences, s => s.Species.Contains("musk deer", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_QuotedFields_ReadsCommasQuotesAndEveryFile()
    {
        Write("a.csv", "text,topic,species,style", "\"Adults weigh 4-6 kg, males more.\",morphology,red fox,measurement");
        Write("b.csv", "text,topic,species,style", "\"Locals call it the \"\"ghost\"\" of the hills.\",other,snow leopard,web");

        var corpus = TopicCorpus.Load(folder);

        Assert.Equal(["Adults weigh 4-6 kg, males more.", "Locals call it the \"ghost\" of the hills."], corpus.Sentences.Select(s => s.Text));
        Assert.Equal(["a.csv:2", "b.csv:2"], corpus.Sentences.Select(s => s.Source));
    }

    [Fact]
    public void Load_UnknownTopic_NamesFileLineAndTheTopics()
    {
        Write(
            "part.csv",
            "text,topic,species,style",
            "Adults weigh 4-6 kg.,morphology,red fox,measurement",
            "\"A long sentence,\nspread over two lines.\",habitat,red fox,web",
            "It eats voles.,food,red fox,web");

        var error = Assert.Throws<TopicCorpusException>(() => TopicCorpus.Load(folder));

        Assert.StartsWith("part.csv:5: unknown topic 'food'", error.Message, StringComparison.Ordinal);
        Assert.Contains(string.Join(", ", Topics.All), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FolderWithoutCsv_SaysWhatToWrite()
    {
        var error = Assert.Throws<TopicCorpusException>(() => TopicCorpus.Load(folder));

        Assert.Contains("has no *.csv file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingHeaderColumn_SaysWhichHeaderIsExpected()
    {
        Write("part.csv", "sentence,topic", "It eats voles.,diet");

        var error = Assert.Throws<TopicCorpusException>(() => TopicCorpus.Load(folder));

        Assert.Contains("text,topic,species,style", error.Message, StringComparison.Ordinal);
    }

    private void Write(string name, params string[] lines) =>
        File.WriteAllText(Path.Combine(folder, name), string.Join("\n", lines) + "\n");
}
