namespace FactMiner.Core.Segmentation;

/// <summary>How the text after a candidate boundary begins.</summary>
internal enum WordShape
{
    /// <summary>The text or the paragraph ends.</summary>
    End,
    Lower,
    Upper,
    Digit,

    /// <summary>Anything else: a dash, a currency sign, a stray symbol.</summary>
    Other,
}
