namespace FactMiner.Core.Extraction;

/// <summary>Where a cue word must stand relative to the value: <c>tall</c> after it, <c>within</c> before it.</summary>
internal enum CueSide : byte
{
    Either,
    Before,
    After,
}
