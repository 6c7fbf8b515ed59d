namespace FactMiner.Core.Extraction;

/// <summary>A word that suggests a contract attribute for values of some quantities.</summary>
/// <param name="Strength">Specific cues (<c>shoulder</c>, <c>tail</c>, <c>gestation</c>) outrank generic ones (<c>tall</c>, <c>long</c>).</param>
internal readonly record struct AttributeCue(string Attribute, QuantityMask Quantities, byte Strength, CueSide Side);
