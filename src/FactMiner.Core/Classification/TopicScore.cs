namespace FactMiner.Core.Classification;

/// <summary>How well one topic is recognised: <paramref name="Support"/> is the number of gold sentences with that topic.</summary>
public sealed record TopicScore(string Topic, int Support, double Precision, double Recall, double F1);
