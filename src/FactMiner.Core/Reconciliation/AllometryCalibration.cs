namespace FactMiner.Core.Reconciliation;

/// <summary>One real species' typical adult measurements, with where they were published.</summary>
public sealed record AllometryCalibration(
    string Species,
    string Source,
    double MassKg,
    double? BodyLengthM,
    double? ShoulderHeightM,
    double? HeightM);
