using FactMiner.Core.Model;

namespace FactMiner.Core.Extraction;

/// <summary>Maps a contract quantity to its <see cref="QuantityMask"/> bit.</summary>
internal static class QuantityMasks
{
    public static QuantityMask Of(string quantity) => quantity switch
    {
        Quantities.Length => QuantityMask.Length,
        Quantities.Mass => QuantityMask.Mass,
        Quantities.Duration => QuantityMask.Duration,
        Quantities.Count => QuantityMask.Count,
        Quantities.Speed => QuantityMask.Speed,
        Quantities.Area => QuantityMask.Area,
        _ => QuantityMask.Ratio,
    };
}
