namespace FactMiner.Core.Classification;

/// <summary>ML.NET's input row: the one column the saved model reads.</summary>
internal sealed class TopicTextRow
{
    public string Text { get; set; } = string.Empty;
}
