using System.Collections.Frozen;

namespace FactMiner.Core.Segmentation;

/// <summary>
/// Words that typically open a sentence. After an abbreviation that may or may not end its sentence
/// ("U.S.", "Inc.", an initial), a capitalised word from this list starts a new sentence; any other
/// capitalised word (a name, "Government") is taken as the abbreviation's continuation.
/// </summary>
internal static class SentenceOpeners
{
    private static readonly FrozenSet<string> Words = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "A", "An", "The", "This", "That", "These", "Those", "There", "Here", "It", "Its", "He", "She", "They",
        "We", "I", "You", "His", "Her", "Their", "Our", "My", "Your", "One", "Some", "Many", "Most", "Much",
        "Few", "Several", "All", "Both", "Each", "Every", "Either", "Neither", "No", "None", "Not", "Nothing",
        "Such", "Other", "Others", "Another", "Any", "In", "On", "At", "By", "For", "From", "To", "With",
        "Without", "Within", "Of", "As", "After", "Before", "During", "Since", "Until", "Unlike", "Like",
        "Despite", "Although", "Though", "While", "Whereas", "When", "Whenever", "Where", "Why", "How",
        "What", "Which", "Who", "Whom", "Whose", "If", "Unless", "Because", "But", "And", "Or", "Nor", "So",
        "Yet", "Then", "Thus", "Therefore", "Hence", "However", "Moreover", "Furthermore", "Also",
        "Additionally", "Besides", "Instead", "Meanwhile", "Still", "Indeed", "Overall", "Finally", "First",
        "Second", "Third", "Later", "Today", "Now", "Currently", "Recently", "Generally", "Usually",
        "Typically", "Often", "Sometimes", "Only", "Even", "Perhaps", "Maybe", "Please", "Let", "Do",
        "Does", "Did", "Is", "Are", "Was", "Were", "Can", "Could", "Will", "Would", "Should", "Shall",
        "Might", "Must", "Have", "Has", "Had", "Once", "Over", "Under", "Between", "Among", "Around",
        "About", "Above", "Below", "Across", "Along", "Through", "Throughout", "Upon", "Against",
        "According", "Due", "Yes", "Well", "Unfortunately", "Fortunately", "Similarly", "Likewise",
        "Consequently", "Nevertheless", "Nonetheless", "Otherwise");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanLookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> word) => SpanLookup.Contains(word);
}
