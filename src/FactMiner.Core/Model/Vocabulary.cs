using System.Collections.Frozen;

namespace FactMiner.Core.Model;

/// <summary>The contract's topic vocabulary (shared/contracts/extract-jsonl.md).</summary>
public static class Topics
{
    public static readonly IReadOnlyList<string> All =
    [
        "morphology", "behavior", "diet", "reproduction", "habitat", "distribution",
        "population", "conservation", "threats", "human_use", "taxonomy", "other",
    ];

    public static readonly FrozenSet<string> Set = All.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Decimals of a topic's confidence in the contract's output, and so in the store, which keeps what
    /// <c>extract</c> prints.</summary>
    public const int ConfidenceDecimals = 4;

    /// <summary>A topic confidence as the contract gives it.</summary>
    public static double RoundConfidence(double confidence) => Math.Round(confidence, ConfidenceDecimals);
}

/// <summary>The contract's numeric claim attributes.</summary>
public static class NumericAttributes
{
    public const string Height = "height";
    public const string ShoulderHeight = "shoulder_height";
    public const string BodyLength = "body_length";
    public const string TailLength = "tail_length";
    public const string Weight = "weight";
    public const string Yield = "yield";
    public const string Lifespan = "lifespan";
    public const string Gestation = "gestation";
    public const string LitterSize = "litter_size";
    public const string Age = "age";
    public const string Speed = "speed";
    public const string Elevation = "elevation";
    public const string Distance = "distance";
    public const string Area = "area";
    public const string Population = "population";
    public const string Count = "count";
    public const string Percentage = "percentage";
    public const string Other = "other";
}

/// <summary>The contract's quantity kinds, each with its SI unit.</summary>
public static class Quantities
{
    public const string Length = "length";
    public const string Mass = "mass";
    public const string Duration = "duration";
    public const string Count = "count";
    public const string Speed = "speed";
    public const string Area = "area";
    public const string Ratio = "ratio";

    public static string SiUnitOf(string quantity) => quantity switch
    {
        Length => "m",
        Mass => "kg",
        Duration => "s",
        Speed => "m/s",
        Area => "m2",
        Count or Ratio => "1",
        _ => throw new ArgumentOutOfRangeException(nameof(quantity), quantity, "not a contract quantity"),
    };
}
