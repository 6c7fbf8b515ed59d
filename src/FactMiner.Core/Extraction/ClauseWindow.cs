namespace FactMiner.Core.Extraction;

/// <summary>
/// The words around a value that can describe it: back to the previous value (at most <see cref="BackwardReach"/> tokens)
/// and ahead to the next clause break (at most <see cref="ForwardReach"/>), so "60cm tall and has a shoulder height of
/// about 20cm" gives "tall" to the first value and "shoulder height" to the second.
/// </summary>
internal static class ClauseWindow
{
    public const int BackwardReach = 10;
    public const int ForwardReach = 6;

    public static int Low(int start, int floor) => Math.Max(floor, start - BackwardReach);

    public static int High(int end, int ceiling) => Math.Min(ceiling, end + ForwardReach);

    /// <summary>The first token after the first clause break in <c>[from, to)</c>, or <paramref name="from"/> when there is none.</summary>
    public static int AfterFirstBreak(in SentenceTokens tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (EndsForward(tokens, i) && !tokens.IsNumber(i))
            {
                return Math.Max(i + 1, to - BackwardReach);
            }
        }

        return Math.Max(from, to - BackwardReach);
    }

    public static bool EndsBackward(in SentenceTokens tokens, int index) => tokens.IsChar(index, ';');

    public static bool EndsForward(in SentenceTokens tokens, int index) =>
        tokens.IsChar(index, ';') || tokens.IsChar(index, ',') || tokens.IsNumber(index)
        || tokens.Is(index, "and") || tokens.Is(index, "but") || tokens.Is(index, "while") || tokens.Is(index, "whereas")
        || tokens.Is(index, "although") || tokens.Is(index, "which");
}
