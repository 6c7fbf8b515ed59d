namespace FactMiner.Benchmarks;

/// <summary>A species the benchmark corpus writes about, with the typical figures its sentences are generated around.</summary>
internal sealed record SpeciesFigures(string Common, string Scientific, double HeightCm, double LengthCm, double MassKg);
