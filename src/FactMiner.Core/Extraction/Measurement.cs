namespace FactMiner.Core.Extraction;

/// <summary>A value or range read from tokens <c>[NumberStart, End)</c>, before qualifiers and attribute are added.</summary>
/// <param name="Unit">Null for a bare number or range, which may still become a count.</param>
/// <remarks><see cref="After"/> is past a restating conversion in brackets, which belongs to the value but not to its text.</remarks>
internal readonly record struct Measurement(
    int NumberStart,
    int End,
    double Low,
    double High,
    UnitDefinition? Unit,
    NumberTraits Traits,
    string Suffix)
{
    /// <summary>The token after everything the value used up, its bracketed conversion included.</summary>
    public int After { get; init; } = End;

    public bool IsRange => Low != High;

    public bool Has(NumberTraits trait) => (Traits & trait) == trait;
}
