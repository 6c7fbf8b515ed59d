namespace FactMiner.Core.Extraction;

/// <summary>A year a sentence says its values hold for (<c>in 2003</c>, <c>by 2022</c>), at token <paramref name="Index"/>.</summary>
internal readonly record struct YearMarker(int Index, string Year);
