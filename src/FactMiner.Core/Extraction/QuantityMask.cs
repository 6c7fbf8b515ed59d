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
