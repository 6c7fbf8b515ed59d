using FactMiner.Core.Model;

namespace FactMiner.Core.Extraction;

/// <summary>The quantities an attribute cue applies to: <c>tall</c> fits a length, never a mass.</summary>
[Flags]
internal enum QuantityMask : byte
{
    None = 0,
    Length = 1,
    Mass = 2,
    Duration = 4,
    Count = 8,
    Speed = 16,
    Area = 32,
    Ratio = 64,
}

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
