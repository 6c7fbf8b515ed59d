namespace FactMiner.Core.Classification;

/// <summary>The key data of the label mapping: one row per topic, in the contract's order, so key k is topic k-1.</summary>
internal sealed class TopicLabelRow
{
    public string Topic { get; set; } = string.Empty;
}
