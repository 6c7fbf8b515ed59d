namespace FactMiner.Core.Extraction;

/// <summary>Joins lowercase words with single spaces into a caller's buffer; past its end it only counts, so the caller
/// can see the phrase did not fit and build it another way.</summary>
internal ref struct PhraseBuilder(Span<char> buffer)
{
    private readonly Span<char> buffer = buffer;
    private System.Text.StringBuilder? overflow;

    public int Length { get; private set; }

    public void AppendLowerWord(ReadOnlySpan<char> word)
    {
        var needed = Length == 0 ? word.Length : word.Length + 1;
        if (overflow is null && Length + needed <= buffer.Length)
        {
            if (Length > 0)
            {
                buffer[Length] = ' ';
            }

            word.ToLowerInvariant(buffer[(Length + needed - word.Length)..]);
        }
        else
        {
            overflow ??= new System.Text.StringBuilder().Append(buffer[..Length]);
            if (Length > 0)
            {
                overflow.Append(' ');
            }

            overflow.Append(word.ToString().ToLowerInvariant());
        }

        Length += needed;
    }

    public override readonly string ToString() => overflow?.ToString() ?? buffer[..Length].ToString();
}
