using System.Collections.Immutable;
using FactMiner.Core.Model;
using FactMiner.Core.Pipeline;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace FactMiner.Core.Classification;

/// <summary>Gives each sentence one of the contract's topics and the model's probability for it.</summary>
/// <remarks>
/// Reads <see cref="Sentence.Text"/>; writes <see cref="Sentence.Topic"/> and <see cref="Sentence.TopicConfidence"/>.
/// Classifies a whole document (or list) in one batch; thread-safe.
/// </remarks>
public sealed class TopicClassifier : IDocumentStage
{
    /// <summary>Where the committed model lives, relative to the repository root and to the CLI's output folder.</summary>
    public static readonly string DefaultRelativePath = Path.Combine("models", "topics.zip");

    private readonly ImmutableArray<string> topics;
    private readonly ITopicScorer scorer;

    private TopicClassifier(string path, ImmutableArray<string> topics, ITopicScorer scorer, MlNetTopicScorer reference)
    {
        ModelPath = path;
        this.topics = topics;
        this.scorer = scorer;
        Reference = reference;
    }

    /// <summary>The model file this classifier was loaded from.</summary>
    public string ModelPath { get; }

    /// <summary>The topic of each score slot.</summary>
    public IReadOnlyList<string> Topics => topics;

    /// <summary>ML.NET's own batch scoring of the same model, which the fast path must agree with.</summary>
    internal MlNetTopicScorer Reference { get; }

    internal bool UsesLinearScorer => scorer is LinearTopicScorer;

    /// <summary>Loads a model zip written by <c>factminer train</c>.</summary>
    /// <exception cref="TopicModelException">The file is missing or is not a topic model this build can use; the message says how to train one.</exception>
    public static TopicClassifier Load(string path)
    {
        var loaded = TopicModelFile.Load(path);
        var reference = new MlNetTopicScorer(loaded.Context, loaded.Model);
        ITopicScorer scorer = MaximumEntropyOf(loaded.Model) is { } linear
            ? new LinearTopicScorer(linear)
            : reference;
        return new TopicClassifier(path, loaded.Topics, scorer, reference);
    }

    /// <summary>
    /// Loads the committed model without flags from any working directory: <c>models/topics.zip</c> beside
    /// the running binary, else in the first folder above it that holds <c>FactMiner.sln</c>.
    /// </summary>
    /// <exception cref="TopicModelException">No model was found or it cannot be used; the message lists where it looked and how to train one.</exception>
    public static TopicClassifier LoadDefault()
    {
        var searched = DefaultModelCandidates().ToArray();
        var found = searched.FirstOrDefault(File.Exists) ?? throw TopicModelException.NotFound(searched);
        return Load(found);
    }

    /// <summary>The places <see cref="LoadDefault"/> looks, in order.</summary>
    public static IEnumerable<string> DefaultModelCandidates()
    {
        var baseDirectory = AppContext.BaseDirectory;
        yield return Path.Combine(baseDirectory, DefaultRelativePath);
        for (var dir = new DirectoryInfo(baseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FactMiner.sln")))
            {
                yield return Path.Combine(dir.FullName, DefaultRelativePath);
                yield break;
            }
        }
    }

    /// <summary>The topic and its probability for each sentence, in order, scored as one batch.</summary>
    public IReadOnlyList<(string Topic, float Confidence)> Classify(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return Classify(sentences, scorer);
    }

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Sentences.IsDefaultOrEmpty)
        {
            return document;
        }

        var results = Classify(document.Sentences.Select(s => s.Text).ToArray());
        var sentences = ImmutableArray.CreateBuilder<Sentence>(document.Sentences.Length);
        for (var k = 0; k < document.Sentences.Length; k++)
        {
            sentences.Add(document.Sentences[k] with { Topic = results[k].Topic, TopicConfidence = results[k].Confidence });
        }

        return document with { Sentences = sentences.MoveToImmutable() };
    }

    /// <summary>Classifies through ML.NET's batch Transform instead of the fast path (for checks and benchmarks).</summary>
    internal IReadOnlyList<(string Topic, float Confidence)> ClassifyWithMlNet(IReadOnlyList<string> sentences) =>
        Classify(sentences, Reference);

    private static MaximumEntropyModelParameters? MaximumEntropyOf(ITransformer model) =>
        model is TransformerChain<ITransformer> chain
        && chain.LastTransformer is ISingleFeaturePredictionTransformer<object> { Model: MaximumEntropyModelParameters linear }
            ? linear
            : null;

    private (string Topic, float Confidence)[] Classify(IReadOnlyList<string> sentences, ITopicScorer with)
    {
        var indexes = new int[sentences.Count];
        var confidences = new float[sentences.Count];
        with.Score(sentences, indexes, confidences);
        var results = new (string, float)[sentences.Count];
        for (var k = 0; k < results.Length; k++)
        {
            results[k] = (topics[indexes[k]], confidences[k]);
        }

        return results;
    }
}
