namespace FactMiner.Core.Classification;

/// <summary>The training corpus cannot be used as it is: the message names the file, the line and the fix.</summary>
public sealed class TopicCorpusException : Exception
{
    public TopicCorpusException(string message)
        : base(message)
    {
    }

    public TopicCorpusException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
