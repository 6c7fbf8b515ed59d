namespace FactMiner.Core.Segmentation;

/// <summary>How an abbreviation's period behaves before the next word.</summary>
internal enum AbbreviationKind
{
    /// <summary>Stands before a name (Dr. Smith, Mt. Fuji): no break before a capital when it is written capitalised.</summary>
    Title,

    /// <summary>Never ends a sentence (e.g., i.e., approx., ca., vs.).</summary>
    Continuation,

    /// <summary>Stands before a number (No. 5, Fig. 3, p. 55); elsewhere it behaves as <see cref="Ordinary"/>.</summary>
    NumberPrefix,

    /// <summary>May end a sentence (U.S., Inc., Jan., initials): breaks only before a typical sentence opener.</summary>
    Ordinary,

    /// <summary>Usually ends its sentence when a capital follows (etc., units such as lbs. and km.).</summary>
    Trailing,
}
