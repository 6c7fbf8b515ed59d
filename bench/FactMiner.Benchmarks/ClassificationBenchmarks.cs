using BenchmarkDotNet.Attributes;
using FactMiner.Core.Classification;

namespace FactMiner.Benchmarks;

/// <summary>
/// Topic classification alone, on a batch of 20,000 corpus sentences (5 to 45 words each), with the committed model.
/// Each operation is one sentence, so sentences per second is 1 / Mean.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class ClassificationBenchmarks
{
    private const int BatchSize = 20_000;

    private TopicClassifier classifier = null!;
    private string[] batch = [];

    [GlobalSetup]
    public void Setup()
    {
        classifier = TopicClassifier.LoadDefault();
        var corpus = TopicCorpus.Load(Path.Combine(RepositoryRoot(), "corpora", "topics")).Sentences.Select(s => s.Text).ToArray();
        batch = [.. Enumerable.Range(0, BatchSize).Select(k => corpus[(k * 7919) % corpus.Length])];
    }

    /// <summary>What the pipeline runs: the featuriser and the model's weights, no ML.NET row machinery.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = BatchSize)]
    public IReadOnlyList<(string Topic, float Confidence)> Classify() => classifier.Classify(batch);

    /// <summary>The same model through ML.NET's batch Transform over an IDataView.</summary>
    [Benchmark(OperationsPerInvoke = BatchSize)]
    public IReadOnlyList<(string Topic, float Confidence)> ClassifyWithMlNetTransform() => classifier.ClassifyWithMlNet(batch);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FactMiner.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("FactMiner.sln not found above " + AppContext.BaseDirectory);
    }
}
