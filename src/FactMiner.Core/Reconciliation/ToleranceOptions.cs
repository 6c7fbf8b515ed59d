namespace FactMiner.Core.Reconciliation;

/// <summary>How far two values may differ and still agree, as a fraction of the value.</summary>
/// <param name="Approximate">For values the text marks as approximate ("about 60 cm").</param>
/// <param name="Exact">For stated values: rounding and unit conversion ("7-17 kg (15-38 lb)").</param>
public sealed record ToleranceOptions(double Approximate, double Exact);
