namespace FactMiner.Core.Extraction;

/// <summary>What a number looked like in the text; the grammar uses it to tell measurements from years, codes and times.</summary>
[Flags]
internal enum NumberTraits : ushort
{
    None = 0,

    /// <summary>Written with digits (<c>60</c>, <c>2,500</c>, <c>1/2</c>, <c>½</c>).</summary>
    Digits = 1,

    /// <summary>Written with words (<c>three</c>, <c>a dozen</c>).</summary>
    Words = 2,

    /// <summary>A whole number with no decimal point or fraction.</summary>
    Integer = 4,

    /// <summary>Four plain digits between 1000 and 2100: a year unless a unit follows.</summary>
    YearLike = 8,

    /// <summary>Written with thousands separators (<c>2,500</c>, <c>10 000</c>).</summary>
    Grouped = 16,

    /// <summary>The word <c>one</c> or <c>a single</c>: an article-like one rather than a count.</summary>
    One = 32,

    /// <summary><c>twins</c>, <c>triplets</c>.</summary>
    MultipleBirth = 64,

    /// <summary>A glued plus sign, <c>20+</c>: at least.</summary>
    Plus = 128,
}
