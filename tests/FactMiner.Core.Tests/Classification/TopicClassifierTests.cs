using System.Collections.Immutable;
using FactMiner.Core.Classification;
using FactMiner.Core.Model;
using FactMiner.Core.Tests.Support;
using Xunit.Abstractions;

namespace FactMiner.Core.Tests.Classification;

public sealed class TopicClassifierTests(CommittedTopicModel model, ITestOutputHelper output) : IClassFixture<CommittedTopicModel>
{
    private readonly TopicClassifier classifier = model.Classifier;

    [Fact]
    public void LoadDefault_CommittedModel_IsTheRepositoryModelWithTheContractTopics()
    {
        Assert.Equal(Path.GetFullPath(RepositoryFolder.File("models/topics.zip")), Path.GetFullPath(classifier.ModelPath));
        Assert.Equal(Topics.All, classifier.Topics);
        Assert.True(classifier.UsesLinearScorer, "the committed model should be a maximum-entropy model so the fast path applies");
    }

    // Written for this test about species the corpus does not cover; not corpus sentences.
    [Theory]
    [InlineData("morphology", "Adult male walruses weigh up to 1,500 kg and carry tusks that can reach a metre in length.")]
    [InlineData("behavior", "Wombats are nocturnal and usually solitary, spending the day asleep in their burrows.")]
    [InlineData("diet", "The hoatzin feeds almost entirely on leaves, which it ferments in its enlarged crop.")]
    [InlineData("reproduction", "After a gestation of about five months, the female capybara gives birth to a litter of four pups.")]
    [InlineData("habitat", "Resplendent quetzals live in humid cloud forest and montane woodland between 1,200 and 3,000 m.")]
    [InlineData("distribution", "The ocelot ranges from southern Texas through Mexico and Central America to northern Argentina.")]
    [InlineData("population", "Fewer than 2,500 mature dholes are thought to remain, and the number is still falling.")]
    [InlineData("conservation", "The bonobo is listed as endangered on the IUCN Red List and is protected in Salonga National Park.")]
    [InlineData("threats", "Illegal logging, snaring and the bushmeat trade are the main threats to the mandrill.")]
    [InlineData("human_use", "Mink are farmed in Denmark and China for their fur, which is sold to the fashion industry.")]
    [InlineData("taxonomy", "The narwhal belongs to the family Monodontidae, which it shares with only one other species, the beluga whale.")]
    [InlineData("other", "In Mayan legend the quetzal was a sacred bird, and its image still appears on the flag of Guatemala.")]
    public void Classify_ClearSentence_GivesItsTopic(string topic, string sentence)
    {
        var (actual, confidence) = classifier.Classify([sentence])[0];

        output.WriteLine($"{actual} {confidence:F2} {sentence}");
        Assert.Equal(topic, actual);
        Assert.InRange(confidence, 1f / Topics.All.Count, 1f);
    }

    [SharedFact]
    public void Classify_UsersSample_GivesTheObviousTopics()
    {
        var sentences = File.ReadAllText(SharedFolder.File("corpora/musk-deer.txt"))
            .ReplaceLineEndings("\n")
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        var results = classifier.Classify(sentences);

        for (var k = 0; k < sentences.Length; k++)
        {
            output.WriteLine($"{results[k].Topic,-13} {results[k].Confidence:F2}  {sentences[k]}");
        }

        string TopicOf(string fragment) => results[Array.FindIndex(sentences, s => s.Contains(fragment, StringComparison.Ordinal))].Topic;
        Assert.Equal("threats", TopicOf("Threats:"));
        Assert.Equal("distribution", TopicOf("found in the Himalayas, eastern Asia, and Siberia"));
        Assert.Equal("morphology", TopicOf("weighing about 15-38 pounds"));
        Assert.Equal("conservation", TopicOf("classified as vulnerable by the IUCN"));
        Assert.Equal("population", TopicOf("Populations of musk deer are declining throughout"));
        Assert.Equal("human_use", TopicOf("used in many traditional East Asian medicines"));
        Assert.Equal("behavior", TopicOf("Musk deer are strongly territorial."));
    }

    [Fact]
    public void Classify_FastPath_GivesMlNetsTopicForEveryCorpusSentence()
    {
        var sentences = TopicCorpus.Load(RepositoryFolder.File("corpora/topics")).Sentences.Select(s => s.Text).ToArray();

        var fast = classifier.Classify(sentences);
        var reference = classifier.ClassifyWithMlNet(sentences);

        var disagreements = Enumerable.Range(0, sentences.Length).Where(k => fast[k].Topic != reference[k].Topic).Select(k => sentences[k]).ToArray();
        Assert.Empty(disagreements);
        Assert.All(Enumerable.Range(0, sentences.Length), k => Assert.Equal(reference[k].Confidence, fast[k].Confidence, 1e-4f));
    }

    [Fact]
    public void Classify_TextWithoutWords_StillGivesATopicAndAProbability()
    {
        var results = classifier.Classify(["", "--", "(1996)"]);

        Assert.All(results, r => Assert.Contains(r.Topic, Topics.All));
        Assert.All(results, r => Assert.InRange(r.Confidence, 0f, 1f));
    }

    [Fact]
    public void Process_Document_SetsTopicAndConfidenceOnEverySentenceAndKeepsTheRest()
    {
        const string Text = "Meerkats eat beetles, scorpions and small lizards. They are found in Botswana, Namibia and South Africa.";
        var document = new Document("meerkat.txt", "meerkat.txt", Text, "00")
        {
            Sentences = [new Sentence(0, 0, 50, Text[..50]), new Sentence(1, 51, Text.Length, Text[51..]) { Subject = "meerkat" }],
        };

        var processed = classifier.Process(document);

        Assert.Equal(["diet", "distribution"], processed.Sentences.Select(s => s.Topic));
        Assert.All(processed.Sentences, s => Assert.InRange(s.TopicConfidence, 0.0, 1.0));
        Assert.Equal("meerkat", processed.Sentences[1].Subject);
        Assert.Equal(document.Sentences.Select(s => (s.Start, s.End, s.Text)), processed.Sentences.Select(s => (s.Start, s.End, s.Text)));
        Assert.Null(document.Sentences[0].Topic);
    }

    [Fact]
    public void Process_DocumentWithoutSentences_ReturnsItUnchanged()
    {
        var document = new Document("empty.txt", "empty.txt", string.Empty, "00") { Sentences = ImmutableArray<Sentence>.Empty };

        Assert.Same(document, classifier.Process(document));
    }
}
