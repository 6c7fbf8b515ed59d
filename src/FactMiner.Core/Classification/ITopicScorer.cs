namespace FactMiner.Core.Classification;

/// <summary>Scores a batch of sentences: for each, the index of its best topic and that topic's probability.</summary>
internal interface ITopicScorer
{
    void Score(IReadOnlyList<string> sentences, Span<int> topics, Span<float> confidences);
}
