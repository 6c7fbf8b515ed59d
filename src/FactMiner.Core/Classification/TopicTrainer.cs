using System.Collections.Immutable;
using System.Diagnostics;
using FactMiner.Core.Model;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace FactMiner.Core.Classification;

/// <summary>
/// Trains the sentence topic model: featurises the corpus, cross-validates each candidate trainer
/// with folds grouped by species, picks the best macro-F1 and fits it on the whole corpus.
/// </summary>
/// <remarks>
/// The topic-to-key mapping is fitted apart and never saved in the model, so the saved model reads
/// text alone; its score slots follow the contract's topic order, stored beside it in the zip.
/// </remarks>
public sealed class TopicTrainer
{
    private const string SpeciesColumn = nameof(TopicTrainingRow.Species);

    private readonly TopicTrainerOptions options;

    public TopicTrainer(TopicTrainerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        this.options = options;
    }

    /// <param name="progress">Told, in a line, what training is doing; may be null.</param>
    /// <exception cref="TopicCorpusException">The corpus has fewer species than folds, or no sentence.</exception>
    public TopicTrainingResult Train(TopicCorpus corpus, Action<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var species = corpus.Sentences.Select(s => s.Species).Distinct(StringComparer.Ordinal).Count();
        if (species < options.Folds)
        {
            throw new TopicCorpusException(
                $"the corpus has {corpus.Sentences.Length} sentences about {species} species; {options.Folds}-fold cross-validation by species needs at least {options.Folds} species.");
        }

        var ml = new MLContext(seed: options.Seed);
        var features = Featurize(ml, corpus);
        var topics = Topics.All;

        var candidates = ImmutableArray.CreateBuilder<TrainerCrossValidation>();
        foreach (var candidate in options.Trainers.Select(TrainerCandidate.Named))
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Invoke($"cross-validating {candidate.Name} ({options.Folds} folds by species)");
            candidates.Add(CrossValidate(candidate, features, topics));
        }

        var chosen = candidates.Aggregate((best, next) => next.Evaluation.MacroF1 > best.Evaluation.MacroF1 ? next : best);
        cancellationToken.ThrowIfCancellationRequested();
        progress?.Invoke($"fitting {chosen.Trainer} on all {corpus.Sentences.Length} sentences");
        var fitContext = new MLContext(seed: options.Seed);
        var predictor = TrainerCandidate.Named(chosen.Trainer).Create(fitContext).Fit(features.Data);
        var model = new TransformerChain<ITransformer>(features.Featurizer, predictor);
        return new TopicTrainingResult(corpus, options, candidates.ToImmutable(), chosen, fitContext, model);
    }

    private static FeaturizedCorpus Featurize(MLContext ml, TopicCorpus corpus)
    {
        var rows = ml.Data.LoadFromEnumerable(corpus.Sentences.Select(s => new TopicTrainingRow
        {
            Text = s.Text,
            Topic = s.Topic,
            Species = s.Species,
        }));

        // Fitted apart from the model, on the contract's list, so key k is always Topics.All[k - 1].
        var keys = ml.Data.LoadFromEnumerable(Topics.All.Select(t => new TopicLabelRow { Topic = t }));
        var labelled = ml.Transforms.Conversion
            .MapValueToKey(TrainerCandidate.LabelColumn, nameof(TopicTrainingRow.Topic), keyData: keys)
            .Fit(rows)
            .Transform(rows);

        var featurizer = ml.Transforms
            .CustomMapping<TopicTextRow, TopicFeatureRow>(TopicFeatureMapping.Map, TopicFeatureMapping.ContractName)
            .Fit(labelled);
        var data = ml.Data.Cache(featurizer.Transform(labelled), TrainerCandidate.LabelColumn, TrainerCandidate.FeatureColumn, SpeciesColumn);
        return new FeaturizedCorpus(featurizer, data);
    }

    private TrainerCrossValidation CrossValidate(TrainerCandidate candidate, FeaturizedCorpus features, IReadOnlyList<string> topics)
    {
        var watch = Stopwatch.StartNew();
        var ml = new MLContext(seed: options.Seed);
        var folds = ml.MulticlassClassification.CrossValidate(
            features.Data,
            candidate.Create(ml),
            numberOfFolds: options.Folds,
            labelColumnName: TrainerCandidate.LabelColumn,
            samplingKeyColumnName: SpeciesColumn,
            seed: options.Seed);

        var gold = new List<int>();
        var predicted = new List<int>();
        foreach (var fold in folds)
        {
            var labels = fold.ScoredHoldOutSet.GetColumn<uint>(TrainerCandidate.LabelColumn);
            var predictions = fold.ScoredHoldOutSet.GetColumn<uint>("PredictedLabel");
            foreach (var (label, prediction) in labels.Zip(predictions))
            {
                // Keys are 1-based; a missing prediction (key 0) cannot happen for a trained multiclass model.
                gold.Add((int)label - 1);
                predicted.Add((int)prediction - 1);
            }
        }

        return new TrainerCrossValidation(candidate.Name, candidate.Settings, TopicEvaluation.From(topics, gold, predicted), watch.Elapsed);
    }

    private sealed record FeaturizedCorpus(ITransformer Featurizer, IDataView Data);
}
