namespace FactMiner.Core.Classification;

/// <summary>Where <see cref="TopicFeaturizer"/> puts a hashed feature: a sentence's counts, or one word's cached list.
/// Implemented by structs so each use is compiled for its sink, with no virtual call per feature.</summary>
internal interface IFeatureSink
{
    void Add(int bucket, float weight);
}
