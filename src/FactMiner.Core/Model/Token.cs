namespace FactMiner.Core.Model;

/// <summary>A token: a span of the text it was cut from, never a copy of it.</summary>
/// <remarks>Offsets are relative to the text handed to the tokenizer.</remarks>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    public int End => Start + Length;

    public ReadOnlySpan<char> In(ReadOnlySpan<char> text) => text.Slice(Start, Length);
}
