namespace FactMiner.Core.Extraction;

/// <summary>One number and what followed it: a unit, nothing, or a reason it is no measurement (money, a time, a code).</summary>
/// <param name="End">Token after the number and its unit.</param>
/// <param name="Suffix">An adjective glued to a hyphenated unit (<c>old</c> in <c>28-year-old</c>).</param>
internal readonly record struct ValueAtom(NumberReading Number, UnitDefinition? Unit, int End, bool Excluded, string Suffix)
{
    public int Start => Number.First;

    public double Value => Number.Value;

    public bool IsBare => Unit is null && !Excluded;

    public bool IsMeasured => Unit is not null && !Excluded;
}
