using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;

namespace FactMiner.Core.Classification;

/// <summary>A trainer that cross-validation may choose, with the settings it runs under.</summary>
/// <remarks>One thread each: SDCA and L-BFGS split work across threads in an order that changes the result, and training must be reproducible.</remarks>
internal sealed record TrainerCandidate(string Name, string Settings, Func<MLContext, IEstimator<ITransformer>> Create)
{
    public const string LabelColumn = "Label";

    public const string FeatureColumn = "Features";

    public static readonly IReadOnlyList<TrainerCandidate> All =
    [
        new(
            "SdcaMaximumEntropy",
            "L2 1e-5, L1 0, at most 60 passes, 1 thread",
            ml => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = LabelColumn,
                FeatureColumnName = FeatureColumn,
                L2Regularization = 1e-5f,
                L1Regularization = 0f,
                MaximumNumberOfIterations = 60,
                NumberOfThreads = 1,
            })),
        new(
            "LbfgsMaximumEntropy",
            "L2 0.01, L1 0, tolerance 1e-7, 1 thread",
            ml => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = LabelColumn,
                FeatureColumnName = FeatureColumn,
                L2Regularization = 0.01f,
                L1Regularization = 0f,
                OptimizationTolerance = 1e-7f,
                NumberOfThreads = 1,
            })),
        new(
            "LightGbm",
            "100 rounds, 15 leaves, learning rate 0.2, min 5 rows per leaf, 1 thread, deterministic",
            ml => ml.MulticlassClassification.Trainers.LightGbm(new LightGbmMulticlassTrainer.Options
            {
                LabelColumnName = LabelColumn,
                FeatureColumnName = FeatureColumn,
                NumberOfIterations = 100,
                NumberOfLeaves = 15,
                LearningRate = 0.2,
                MinimumExampleCountPerLeaf = 5,
                NumberOfThreads = 1,
                Seed = 1,
                Silent = true,
            })),
    ];

    public static TrainerCandidate Named(string name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException(
            $"unknown trainer '{name}'; choose among: {string.Join(", ", All.Select(c => c.Name))}.", nameof(name));
}
