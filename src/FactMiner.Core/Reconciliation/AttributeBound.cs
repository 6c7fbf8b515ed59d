namespace FactMiner.Core.Reconciliation;

/// <summary>The most (or least) any animal reaches for one attribute, in SI, with the record that sets it.</summary>
public sealed record AttributeBound(string Attribute, double? Min, double? Max, string Reference);
