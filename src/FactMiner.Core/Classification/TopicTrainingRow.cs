namespace FactMiner.Core.Classification;

/// <summary>ML.NET's training row: the text, its topic (mapped to a key apart from the model) and the species cross-validation groups by.</summary>
internal sealed class TopicTrainingRow
{
    public string Text { get; set; } = string.Empty;

    public string Topic { get; set; } = string.Empty;

    public string Species { get; set; } = string.Empty;
}
