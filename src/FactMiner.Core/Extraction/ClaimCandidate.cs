namespace FactMiner.Core.Extraction;

/// <summary>A value about to become a claim, with the unit it was read in and, for counts, the noun it counts.</summary>
/// <param name="End">Token after the value (after the counted noun for counts).</param>
/// <param name="NounStart">First token after the number for counts (their modifiers and noun); equals <paramref name="End"/> otherwise.</param>
/// <param name="Attribute">Set when the grammar already knows it (a noun-less population or litter); else chosen from cues.</param>
internal readonly record struct ClaimCandidate(Measurement Value, UnitDefinition Unit, int End, int NounStart, string? Attribute);
