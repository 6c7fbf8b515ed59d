using FactMiner.Core.Classification;
using FactMiner.Core.Extraction;
using FactMiner.Core.Segmentation;

namespace FactMiner.Core.Pipeline;

/// <summary>The one place the per-document stages are put in order; <c>extract</c> and <c>run</c> both use it.</summary>
public static class StandardPipeline
{
    /// <remarks>
    /// Subjects come before claims so each claim is born with its sentence's subject;
    /// reconciliation is not here because it works across documents.
    /// </remarks>
    public static DocumentPipeline Create(TopicClassifier classifier) => new(
    [
        new Segmenter(),
        classifier,
        new SubjectResolver(),
        new NumericClaimStage(),
        new CategoricalExtractor(),
    ]);
}
