namespace FactMiner.Core.Classification;

/// <summary>The topic model is missing or cannot be used; the message says how to train one.</summary>
public sealed class TopicModelException : Exception
{
    public const string HowToTrain =
        "Train one with `factminer train` (reads corpora/topics, writes models/topics.zip and models/topics.md), or pass the path of a model it wrote.";

    public TopicModelException(string message)
        : base(message)
    {
    }

    public TopicModelException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal static TopicModelException Missing(string path) =>
        new($"no topic model at '{path}'. {HowToTrain}");

    internal static TopicModelException NotFound(IEnumerable<string> searched) =>
        new($"no topic model found; looked for {string.Join(", ", searched.Select(p => $"'{p}'"))}. {HowToTrain}");

    internal static TopicModelException Incompatible(string path, string reason, Exception? inner = null) =>
        inner is null
            ? new($"the topic model '{path}' cannot be used: {reason}. {HowToTrain}")
            : new($"the topic model '{path}' cannot be used: {reason}. {HowToTrain}", inner);
}
