using System.Collections.Frozen;

namespace FactMiner.Core.Segmentation;

/// <summary>
/// Words a sentence cannot stop on. A line ending in one of them runs on into the next line,
/// even when that line starts with a capital ("found in the" / "Himalayas").
/// </summary>
internal static class RunOnWords
{
    private static readonly FrozenSet<string> Words = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "with", "by", "from", "into", "onto", "upon",
        "and", "or", "but", "nor", "as", "than", "that", "which", "who", "whom", "whose", "where", "when",
        "while", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "its", "their",
        "his", "her", "our", "your", "my", "this", "these", "those", "very", "more", "most", "less", "about",
        "approximately", "around", "between", "among", "under", "over", "through", "during", "without",
        "within", "such", "not", "also", "can", "could", "will", "would", "should", "may", "might", "must",
        "do", "does", "did", "if", "because", "although", "though", "including", "like", "near", "per",
        "via", "each", "every", "some", "any", "both", "either", "neither", "called", "named", "known");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanLookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> word) => SpanLookup.Contains(word);
}
