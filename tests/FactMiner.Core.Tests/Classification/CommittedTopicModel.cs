using FactMiner.Core.Classification;

namespace FactMiner.Core.Tests.Classification;

/// <summary>The committed model, loaded once for the tests that use it.</summary>
public sealed class CommittedTopicModel
{
    public TopicClassifier Classifier { get; } = TopicClassifier.LoadDefault();
}
