using System.Buffers;

namespace FactMiner.Core.Segmentation;

/// <summary>The character classes sentence splitting cares about.</summary>
internal static class SentenceChars
{
    // Scraped pages carry byte-order marks and zero-width spaces that char.IsWhiteSpace does not count.
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\uFEFF' or '\u200B';

    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029' or '\f' or '\v';

    /// <summary>Characters that end a paragraph on their own, like a blank line does.</summary>
    public static bool IsParagraphSeparator(char c) => c is '\u2029' or '\f';

    public static bool IsHorizontalSpace(char c) => IsSpace(c) && !IsLineBreak(c);

    public static bool IsTerminal(char c) => c is '.' or '?' or '!' or '…' or '‼' or '⁇' or '⁈' or '⁉' or '？' or '！' or '。';

    public static bool IsQuestionOrExclamation(char c) => c is '?' or '!' or '‼' or '⁇' or '⁈' or '⁉' or '？' or '！';

    /// <summary>Closing quotes and brackets: after terminal punctuation they still belong to the sentence.</summary>
    public static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or '»' or '›' or ')' or ']' or '}';

    /// <summary>Opening quotes and brackets that may stand before the first word of a sentence.</summary>
    public static bool IsOpener(char c) => c is '"' or '\'' or '“' or '‘' or '„' or '‚' or '«' or '‹' or '(' or '[' or '{' or '¿' or '¡';

    /// <summary>Bullets that start a list item wherever they stand after whitespace.</summary>
    public static bool IsStrongBullet(char c) =>
        c is '•' or '‣' or '⁃' or '◦' or '▪' or '▫' or '●' or '○' or '■' or '□' or '►' or '▸' or '➢' or '➤' or '✓' or '✔' or '❖' or '◆' or '◇';

    /// <summary>
    /// Every character at which a sentence can end outside a numbered list: line breaks, terminal punctuation and
    /// strong bullets. Everything between them is skipped with one vectorised search.
    /// </summary>
    public static readonly SearchValues<char> BoundaryCandidates = SearchValues.Create(
        "\n\r\u0085\u2028\u2029\f\v" + ".?!…‼⁇⁈⁉？！。" + "•‣⁃◦▪▫●○■□►▸➢➤✓✔❖◆◇");

    /// <summary>Characters that start a list item only at the start of a line and before a space ("- item").</summary>
    public static bool IsWeakBullet(char c) => c is '-' or '*' or '–' or '—' or '+' or '>' or '·';
}
