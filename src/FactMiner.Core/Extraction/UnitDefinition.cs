namespace FactMiner.Core.Extraction;

/// <summary>A unit resolved once at startup: its canonical spelling, contract quantity and factor to the SI unit.</summary>
/// <param name="Id">Dense index, so composed units (rates, squares) are array lookups in the hot path.</param>
/// <param name="Symbol">The contract's short spelling (<c>cm</c>, <c>lb</c>, <c>km/h</c>, <c>%</c>, <c>1</c>).</param>
/// <param name="Quantity">One of <see cref="Model.Quantities"/>.</param>
/// <param name="SiFactor">Multiplier from this unit to the quantity's SI unit.</param>
internal sealed record UnitDefinition(int Id, string Symbol, string Quantity, double SiFactor)
{
    public double ToSi(double value) => SiRounding.Round(value * SiFactor);

    /// <summary>Re-expresses a value of <paramref name="other"/> in this unit (for ranges like <c>75 cm to 1.2 m</c>).</summary>
    public double FromOther(double value, UnitDefinition other) => SiRounding.Round(value * other.SiFactor / SiFactor);
}
