namespace FactMiner.Core.Extraction;

/// <summary>One entry of <see cref="NumberWords"/>.</summary>
internal readonly record struct NumberWord(NumberWordKind Kind, double Value);
