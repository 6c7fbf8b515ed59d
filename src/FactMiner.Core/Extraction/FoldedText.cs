using FactMiner.Core.Model;

namespace FactMiner.Core.Extraction;

/// <summary>Maps between a sentence's folded text (whitespace runs as one space) and offsets in its document's text.</summary>
internal static class FoldedText
{
    /// <summary>The document offset of position <paramref name="index"/> of <see cref="Sentence.Text"/>.</summary>
    public static int ToDocument(string documentText, Sentence sentence, int index)
    {
        if (!Matches(documentText, sentence))
        {
            return sentence.Start + index;
        }

        var folded = 0;
        var offset = sentence.Start;
        while (offset < sentence.End && folded < index)
        {
            if (char.IsWhiteSpace(documentText[offset]))
            {
                while (offset + 1 < sentence.End && char.IsWhiteSpace(documentText[offset + 1]))
                {
                    offset++;
                }
            }

            offset++;
            folded++;
        }

        return offset;
    }

    /// <summary>The position in <see cref="Sentence.Text"/> of document offset <paramref name="offset"/>, clamped to the sentence.</summary>
    public static int ToSentence(string documentText, Sentence sentence, int offset)
    {
        if (!Matches(documentText, sentence))
        {
            return Math.Clamp(offset - sentence.Start, 0, sentence.Text.Length);
        }

        var folded = 0;
        for (var i = sentence.Start; i < Math.Min(offset, sentence.End); i++)
        {
            if (char.IsWhiteSpace(documentText[i]) && i > sentence.Start && char.IsWhiteSpace(documentText[i - 1]))
            {
                continue;
            }

            folded++;
        }

        return Math.Min(folded, sentence.Text.Length);
    }

    /// <summary>Hand-built documents in tests may carry sentences whose offsets do not index the text; fall back to plain offsets.</summary>
    private static bool Matches(string documentText, Sentence sentence) =>
        sentence.Start >= 0 && sentence.End <= documentText.Length && sentence.Start <= sentence.End &&
        sentence.End - sentence.Start >= sentence.Text.Length && sentence.Text.Length > 0 &&
        documentText[sentence.Start] == sentence.Text[0];
}
