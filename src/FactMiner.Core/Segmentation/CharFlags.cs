namespace FactMiner.Core.Segmentation;

/// <summary>What the tokenizer's rules need to know about one UTF-16 code unit, precomputed for all 65,536.</summary>
[Flags]
internal enum CharFlags : ushort
{
    None = 0,

    /// <summary>Ends a chunk: whitespace, control characters, zero-width spaces.</summary>
    Separator = 1 << 0,
    Letter = 1 << 1,

    /// <summary>ASCII digits only: other scripts' digits are read as letters, never as numbers.</summary>
    Digit = 1 << 2,

    /// <summary>A vulgar fraction such as ½, which is a number on its own.</summary>
    Fraction = 1 << 3,
    Upper = 1 << 4,
    Lower = 1 << 5,

    /// <summary>Combining marks: part of the word they sit on.</summary>
    Mark = 1 << 6,
    Prefix = 1 << 7,
    Suffix = 1 << 8,

    /// <summary>Might split a chunk from inside; the infix rules decide.</summary>
    Infix = 1 << 9,

    /// <summary>A token made of this character is Punctuation rather than Symbol.</summary>
    Punctuation = 1 << 10,

    /// <summary>Emoji and other pictographs: split off as a whole grapheme cluster.</summary>
    Pictograph = 1 << 11,
    Surrogate = 1 << 12,
}
