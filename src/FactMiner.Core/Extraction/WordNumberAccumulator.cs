namespace FactMiner.Core.Extraction;

/// <summary>
/// Adds up a run of number words the way English composes them: <c>a hundred and two</c> = 102,
/// <c>twenty-one</c> = 21, <c>two thirds</c> = 0.667, <c>two dozen</c> = 24; refuses words that cannot follow.
/// </summary>
internal struct WordNumberAccumulator
{
    private double total;
    private double current;
    private NumberWordKind? last;
    private bool article;

    public readonly bool IsEmpty => last is null;

    public readonly double Value => total + current;

    public readonly bool AcceptsAnd => last is NumberWordKind.Hundred or NumberWordKind.Scale;

    public readonly bool AcceptsAndHalf => last is NumberWordKind.Unit or NumberWordKind.Teen or NumberWordKind.Tens
        or NumberWordKind.Hundred or NumberWordKind.Scale;

    /// <summary>An article before a scale or denominator: <c>a hundred</c>, <c>a dozen</c>, <c>a half</c>.</summary>
    public void StartWithArticle() => article = true;

    public void AddHalf() => current += 0.5;

    public bool Feed(NumberWord word)
    {
        var numeric = last is NumberWordKind.Unit or NumberWordKind.Teen or NumberWordKind.Tens;
        var fresh = last is null;
        var ok = word.Kind switch
        {
            NumberWordKind.Unit => !article && (fresh || last is NumberWordKind.Tens or NumberWordKind.Hundred or NumberWordKind.Scale),
            NumberWordKind.Teen or NumberWordKind.Tens => !article && (fresh || last is NumberWordKind.Hundred or NumberWordKind.Scale),
            NumberWordKind.Hundred => (fresh && article) || numeric,
            NumberWordKind.Scale => (fresh && article) || numeric || last is NumberWordKind.Hundred,
            NumberWordKind.Dozen => (fresh && article) || numeric,
            NumberWordKind.Fraction => (fresh && article) || numeric,
            _ => false,
        };
        if (!ok)
        {
            return false;
        }

        switch (word.Kind)
        {
            case NumberWordKind.Hundred:
            case NumberWordKind.Dozen:
                current = (current == 0 ? 1 : current) * word.Value;
                break;
            case NumberWordKind.Scale:
                total += (current == 0 ? 1 : current) * word.Value;
                current = 0;
                break;
            case NumberWordKind.Fraction:
                current = (total + (current == 0 ? 1 : current)) / word.Value;
                total = 0;
                break;
            default:
                current += word.Value;
                break;
        }

        last = word.Kind;
        article = false;
        return true;
    }
}
