namespace FactMiner.Core.Extraction;

/// <summary>A value or range read from tokens <c>[NumberStart, End)</c>, before qualifiers and attribute are added.</summary>
/// <param name="Unit">Null for a bare number or range, which may still become a count.</param>
internal readonly record struct Measurement(
    int NumberStart,
    int End,
    double Low,
    double High,
    UnitDefinition? Unit,
    NumberTraits Traits,
    string Suffix)
{
    public bool IsRange => Low != High;

    public bool Has(NumberTraits trait) => (Traits & trait) == trait;
}
