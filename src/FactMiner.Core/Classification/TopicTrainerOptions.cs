namespace FactMiner.Core.Classification;

/// <summary>How <see cref="TopicTrainer"/> trains: the seed, the number of cross-validation folds and the candidate trainers.</summary>
public sealed record TopicTrainerOptions
{
    /// <value>Default 1. The same seed and corpus give the same model.</value>
    public int Seed { get; init; } = 1;

    /// <value>Default 5. Folds group sentences by species, so every fold scores species the model was not trained on.</value>
    public int Folds { get; init; } = 5;

    /// <value>Default every candidate: SdcaMaximumEntropy, LbfgsMaximumEntropy, LightGbm.</value>
    public IReadOnlyList<string> Trainers { get; init; } = [.. TrainerCandidate.All.Select(c => c.Name)];

    /// <summary>Throws one <see cref="ArgumentException"/> listing every bad option and its fix.</summary>
    public void Validate()
    {
        var problems = new List<string>();
        if (Folds < 2)
        {
            problems.Add($"Folds is {Folds}; cross-validation needs at least 2");
        }

        if (Trainers is null || Trainers.Count == 0)
        {
            problems.Add("Trainers is empty; name at least one of " + string.Join(", ", TrainerCandidate.All.Select(c => c.Name)));
        }
        else
        {
            foreach (var name in Trainers.Where(n => !TrainerCandidate.All.Any(c => string.Equals(c.Name, n, StringComparison.OrdinalIgnoreCase))))
            {
                problems.Add($"unknown trainer '{name}'; choose among " + string.Join(", ", TrainerCandidate.All.Select(c => c.Name)));
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("bad topic trainer options: " + string.Join("; ", problems) + ".");
        }
    }
}
