using FactMiner.Core.Classification;
using FactMiner.Core.Extraction;
using FactMiner.Core.Segmentation;

namespace FactMiner.Core.Pipeline;

/// <summary>The one place the per-document stages are put in order; <c>extract</c> and <c>run</c> both use it.</summary>
public static class StandardPipeline
{
    /// <remarks>
    /// Subjects come after the claims: the resolver gives each claim the animal of its own clause, so a sentence that
    /// compares two animals gives each its own subject. Reconciliation is not here because it works across documents.
    /// </remarks>
    public static DocumentPipeline Create(TopicClassifier classifier)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        return new DocumentPipeline(Stages(classifier));
    }

    /// <summary>The same stages without topics: what <see cref="PipelineWarmUp"/> runs while the model is still loading.</summary>
    internal static DocumentPipeline WithoutTopics() => new(Stages(classifier: null));

    private static IEnumerable<IDocumentStage> Stages(TopicClassifier? classifier)
    {
        yield return new Segmenter();
        if (classifier is not null)
        {
            yield return classifier;
        }

        yield return new NumericClaimStage();
        yield return CategoricalExtractor.Default;
        yield return SubjectResolver.Default;
    }
}
