using Microsoft.ML.Data;

namespace FactMiner.Core.Classification;

/// <summary>ML.NET's feature row that <see cref="TopicFeatureMapping"/> fills.</summary>
internal sealed class TopicFeatureRow
{
    [VectorType(TopicFeaturizer.Dimension)]
    public VBuffer<float> Features { get; set; }
}
