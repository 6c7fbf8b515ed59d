namespace FactMiner.Core.Segmentation;

/// <summary>The written form of a list item's number or letter.</summary>
internal enum ListMarkerKind
{
    None,

    /// <summary>"1. "</summary>
    NumberDot,

    /// <summary>"1) "</summary>
    NumberParen,

    /// <summary>"1.) "</summary>
    NumberDotParen,

    /// <summary>"a. "</summary>
    LetterDot,

    /// <summary>"a) "</summary>
    LetterParen,
}
