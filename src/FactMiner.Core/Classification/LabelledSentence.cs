namespace FactMiner.Core.Classification;

/// <summary>A training sentence with its topic, as written in <c>corpora/topics/*.csv</c>.</summary>
/// <param name="Species">Lowercase common name of the animal the sentence is about.</param>
/// <param name="Style">How the sentence was written: <c>encyclopedic</c>, <c>web</c>, <c>heading</c>, <c>truncated</c>, <c>measurement</c> or <c>human_use_context</c>.</param>
/// <param name="Source">The file and line it was read from, e.g. <c>part-a.csv:12</c>.</param>
public sealed record LabelledSentence(string Text, string Topic, string Species, string Style, string Source);
