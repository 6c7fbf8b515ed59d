namespace FactMiner.Core.Extraction;

/// <summary>A word of a sentence's text: offsets into that text, and what separates it from the word before.</summary>
/// <param name="End">End of the word proper; a possessive <c>'s</c> is left outside.</param>
/// <param name="Boundary">The strongest punctuation since the previous word (<c>,</c> <c>;</c> <c>:</c> <c>(</c> ...), or <c>'\0'</c>.</param>
internal readonly record struct SentenceWord(int Start, int End, char Boundary)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);

    public bool IsCapitalized(string text) => char.IsUpper(text[Start]);

    /// <summary>Scans letters (with inner hyphens and apostrophes) and numbers as words; everything else separates them.</summary>
    public static List<SentenceWord> Scan(string text) => Scan(text, new List<SentenceWord>(text.Length / 5 + 1));

    /// <summary>As <see cref="Scan(string)"/>, into a list the caller reuses from sentence to sentence (cleared first).</summary>
    public static List<SentenceWord> Scan(string text, List<SentenceWord> words)
    {
        words.Clear();
        var boundary = '\0';
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                boundary = Stronger(boundary, c);
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsInner(text, i)))
            {
                i++;
            }

            var end = i;
            if (end - start > 2 && (text[end - 1] is 's' or 'S') && text[end - 2] is '\'' or '\u2019')
            {
                end -= 2;
            }

            words.Add(new SentenceWord(start, end, boundary));
            boundary = '\0';
        }

        return words;
    }

    private static bool IsInner(string text, int i) =>
        text[i] is '-' or '\'' or '\u2019' or '.' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && i > 0 &&
        char.IsLetterOrDigit(text[i - 1]) && (text[i] != '.' || char.IsDigit(text[i + 1]));

    private static char Stronger(char current, char c) => c switch
    {
        '.' or '!' or '?' or ';' => ';',
        ':' when current != ';' => ':',
        ',' or '(' or ')' or '[' or ']' or '"' or '\u201C' or '\u201D' or '\u2013' or '\u2014' when current == '\0' => ',',
        _ => current,
    };
}
