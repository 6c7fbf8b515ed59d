using FactMiner.Core.Model;

namespace FactMiner.Core.Extraction;

/// <summary>One sentence's tokens over the document text, with the small questions the extraction grammar asks of them.</summary>
internal readonly ref struct SentenceTokens
{
    private readonly ReadOnlySpan<char> text;

    public SentenceTokens(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int sentenceStart)
    {
        this.text = text;
        Tokens = tokens;
        SentenceStart = sentenceStart;
    }

    /// <summary>Document offset where the sentence begins.</summary>
    public int SentenceStart { get; }

    public ReadOnlySpan<Token> Tokens { get; }

    public int Count => Tokens.Length;

    public ReadOnlySpan<char> Text => text;

    public ReadOnlySpan<char> this[int index] => text.Slice(Tokens[index].Start, Tokens[index].Length);

    public bool InRange(int index) => (uint)index < (uint)Tokens.Length;

    public TokenKind Kind(int index) => Tokens[index].Kind;

    public bool IsWord(int index) => InRange(index) && Tokens[index].Kind == TokenKind.Word;

    public bool IsNumber(int index) => InRange(index) && Tokens[index].Kind == TokenKind.Number;

    /// <summary>True when the token is <paramref name="word"/>, ignoring case.</summary>
    public bool Is(int index, string word) =>
        InRange(index) && this[index].Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsAny(int index, string first, string second) => Is(index, first) || Is(index, second);

    /// <summary>True when the token touches the one before it (no space between).</summary>
    public bool GluedToPrevious(int index) =>
        index > 0 && InRange(index) && Tokens[index].Start == Tokens[index - 1].End;

    /// <summary>A hyphen or dash used between numbers: <c>-</c>, <c>–</c>, <c>—</c>, <c>‒</c>, <c>−</c>.</summary>
    public bool IsDash(int index)
    {
        if (!InRange(index) || Tokens[index].Kind == TokenKind.Word || Tokens[index].Kind == TokenKind.Number)
        {
            return false;
        }

        var span = this[index];
        return span.Length == 1 && span[0] is '-' or '–' or '—' or '‒' or '−';
    }

    public bool IsChar(int index, char c)
    {
        if (!InRange(index))
        {
            return false;
        }

        var span = this[index];
        return span.Length == 1 && span[0] == c;
    }

    /// <summary>Sentence punctuation that ends a phrase: <c>. , ; : ! ?</c> and closing brackets.</summary>
    public bool IsPhraseEnd(int index)
    {
        if (!InRange(index) || Tokens[index].Kind != TokenKind.Punctuation)
        {
            return false;
        }

        var span = this[index];
        return span.Length >= 1 && span[0] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}';
    }
}
