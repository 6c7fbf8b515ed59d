namespace FactMiner.Core.Extraction;

/// <summary>The grammatical role of a number word, which decides what may follow it.</summary>
internal enum NumberWordKind : byte
{
    /// <summary><c>zero</c> … <c>nine</c>.</summary>
    Unit,

    /// <summary><c>ten</c> … <c>nineteen</c>.</summary>
    Teen,

    /// <summary><c>twenty</c> … <c>ninety</c>.</summary>
    Tens,

    Hundred,

    /// <summary><c>thousand</c>, <c>million</c>, <c>billion</c>, <c>trillion</c>, <c>lakh</c>, <c>crore</c>.</summary>
    Scale,

    Dozen,

    /// <summary>A denominator: <c>half</c>, <c>third</c>, <c>quarter</c> … <c>tenth</c> (value is the denominator).</summary>
    Fraction,

    /// <summary><c>single</c>, after <c>a</c>.</summary>
    Single,

    /// <summary><c>couple</c>, after <c>a</c>.</summary>
    Couple,

    /// <summary><c>twins</c>, <c>triplets</c>: a count of young born together.</summary>
    MultipleBirth,
}
