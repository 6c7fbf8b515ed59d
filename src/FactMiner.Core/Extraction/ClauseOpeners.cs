namespace FactMiner.Core.Extraction;

/// <summary>Words that may open a clause before its subject, and the conjunctions that start a new clause.</summary>
internal static class ClauseOpeners
{
    private static readonly WordSet Conjunctions = new(
        "while", "whereas", "but", "although", "though", "and", "or", "yet", "so", "however", "where", "when", "whilst");

    private static readonly WordSet Prefixes = new(
        "a", "an", "the", "this", "these", "those", "that", "its", "their", "both", "all", "most", "many", "some", "each",
        "every", "male", "males", "female", "females", "adult", "adults", "young", "newborn", "juvenile", "mature", "like",
        "unlike", "as", "for", "in", "among", "compared", "with", "to", "other", "only", "even", "also", "wild", "captive");

    public static bool IsConjunction(ReadOnlySpan<char> word) => Conjunctions.Contains(word);

    public static bool IsPrefix(ReadOnlySpan<char> word) => Prefixes.Contains(word);

}
