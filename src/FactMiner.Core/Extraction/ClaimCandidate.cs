namespace FactMiner.Core.Extraction;

/// <summary>A value about to become a claim, with the unit it was read in and, for counts, the noun it counts.</summary>
/// <param name="TextEnd">Token after the claim's words (after the counted noun for counts).</param>
/// <param name="After">Token after everything the value used up, a bracketed conversion included.</param>
/// <param name="NounStart">First token after the number for counts (their modifiers and noun); equals <paramref name="TextEnd"/> otherwise.</param>
/// <param name="Attribute">Set when the grammar already knows it (a noun-less population or litter); else chosen from cues.</param>
internal readonly record struct ClaimCandidate(Measurement Value, UnitDefinition Unit, int TextEnd, int After, int NounStart, string? Attribute)
{
    public static ClaimCandidate Of(in Measurement value, UnitDefinition unit, int textEnd, int nounStart, string? attribute = null) =>
        new(value, unit, textEnd, Math.Max(textEnd, value.After), nounStart, attribute);
}
