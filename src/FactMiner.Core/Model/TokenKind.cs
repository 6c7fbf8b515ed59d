namespace FactMiner.Core.Model;

/// <summary>What a token is, as later stages need to tell it apart.</summary>
public enum TokenKind : byte
{
    Word,
    Number,
    Symbol,
    Punctuation,
}
