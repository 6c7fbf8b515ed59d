namespace FactMiner.Core.Classification;

/// <summary>One candidate trainer's cross-validated scores, pooled over the held-out folds.</summary>
/// <param name="Settings">The trainer's settings in words, for the model card.</param>
public sealed record TrainerCrossValidation(string Trainer, string Settings, TopicEvaluation Evaluation, TimeSpan Duration);
