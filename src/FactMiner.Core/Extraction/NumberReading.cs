namespace FactMiner.Core.Extraction;

/// <summary>A number read from tokens <c>[First, End)</c>.</summary>
/// <param name="FractionDigits">Digits after the decimal point (tells <c>2.13 am</c>, a time, from <c>2.123 am</c>).</param>
/// <param name="InnerUnitStart">
/// Document offset of the rest of a hyphenated word after its number (<c>mile</c> in <c>six-mile</c>), or -1.
/// </param>
internal readonly record struct NumberReading(
    int First,
    int End,
    double Value,
    NumberTraits Traits,
    int FractionDigits,
    int InnerUnitStart,
    int InnerUnitLength)
{
    public bool Has(NumberTraits trait) => (Traits & trait) == trait;

    public bool HasInnerUnit => InnerUnitStart >= 0;
}
