using System.Collections.Immutable;

namespace FactMiner.Core.Review;

/// <summary>The subjects, attributes and rules that occur on flags: what a filter can usefully offer.</summary>
public sealed record FilterChoices(ImmutableArray<string> Subjects, ImmutableArray<string> Attributes, ImmutableArray<string> Rules);
