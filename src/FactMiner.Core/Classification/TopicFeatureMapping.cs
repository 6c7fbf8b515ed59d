using Microsoft.ML.Transforms;

namespace FactMiner.Core.Classification;

/// <summary>The featuriser as an ML.NET custom mapping, saved in the model by its contract name and found again on load.</summary>
/// <remarks>The contract name carries the featuriser version, so a model trained with another featuriser fails to load instead of scoring wrongly.</remarks>
[CustomMappingFactoryAttribute(ContractName)]
internal sealed class TopicFeatureMapping : CustomMappingFactory<TopicTextRow, TopicFeatureRow>
{
    public const string ContractName = "FactMiner.TopicFeatures.v2";

    public static void Map(TopicTextRow input, TopicFeatureRow output)
    {
        var counts = FeatureCounts.ForCurrentThread();
        TopicFeaturizer.Featurize(input.Text, counts);
        output.Features = counts.ToNormalizedVector();
    }

    public override Action<TopicTextRow, TopicFeatureRow> GetMapping() => Map;
}
