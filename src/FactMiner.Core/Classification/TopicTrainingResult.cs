using System.Collections.Immutable;
using Microsoft.ML;

namespace FactMiner.Core.Classification;

/// <summary>What training produced: each candidate's cross-validation, the chosen trainer, and the model fitted on the whole corpus.</summary>
public sealed class TopicTrainingResult
{
    private readonly MLContext context;
    private readonly ITransformer model;

    internal TopicTrainingResult(
        TopicCorpus corpus,
        TopicTrainerOptions options,
        ImmutableArray<TrainerCrossValidation> candidates,
        TrainerCrossValidation chosen,
        MLContext context,
        ITransformer model)
    {
        Corpus = corpus;
        Options = options;
        Candidates = candidates;
        Chosen = chosen;
        this.context = context;
        this.model = model;
    }

    public TopicCorpus Corpus { get; }

    public TopicTrainerOptions Options { get; }

    /// <summary>Every candidate in the order tried.</summary>
    public ImmutableArray<TrainerCrossValidation> Candidates { get; }

    /// <summary>The candidate with the best cross-validated macro-F1 (the first on a tie).</summary>
    public TrainerCrossValidation Chosen { get; }

    public ImmutableArray<string> Topics => Chosen.Evaluation.Topics;

    /// <summary>Writes the model zip that <see cref="TopicClassifier.Load"/> reads.</summary>
    public void SaveModel(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        TopicModelFile.Save(context, model, Topics, path);
    }
}
