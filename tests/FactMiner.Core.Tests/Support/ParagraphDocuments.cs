using System.Collections.Immutable;
using System.Text.RegularExpressions;
using FactMiner.Core.Model;

namespace FactMiner.Core.Tests.Support;

/// <summary>Builds documents by hand for stages that come after segmentation: one sentence per blank-line-separated paragraph.</summary>
internal static partial class ParagraphDocuments
{
    public static Document FromText(string id, string text)
    {
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var index = 0;
        foreach (Match paragraph in Paragraph().Matches(text))
        {
            var start = paragraph.Index;
            var end = paragraph.Index + paragraph.Length;
            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            var folded = Whitespace().Replace(text[start..end], " ");
            sentences.Add(new Sentence(index++, start, end, folded));
        }

        return new Document(id, id, text, "") { Sentences = sentences.ToImmutable() };
    }

    /// <summary>One document whose sentences are the given strings, each a paragraph of its own.</summary>
    public static Document FromSentences(string id, params string[] sentences) => FromText(id, string.Join("\n\n", sentences));

    /// <summary>Puts a claim on a sentence, with its offsets at <paramref name="words"/> within that sentence.</summary>
    public static Document WithClaim(this Document document, int sentence, string words, Claim claim)
    {
        var target = document.Sentences[sentence];
        var start = document.Text.IndexOf(words, target.Start, StringComparison.Ordinal);
        if (start < 0 || start >= target.End)
        {
            throw new ArgumentException($"\"{words}\" is not in sentence {sentence}", nameof(words));
        }

        var placed = claim with { Text = words, Start = start, End = start + words.Length };
        return document with
        {
            Sentences = document.Sentences.SetItem(sentence, target with { Claims = target.Claims.Add(placed) }),
        };
    }

    public static Document Sample() => FromText("musk-deer.txt", File.ReadAllText(SharedFolder.File("corpora/musk-deer.txt")));

    [GeneratedRegex(@"\S(?:.|\n(?!\s*\n))*", RegexOptions.CultureInvariant)]
    private static partial Regex Paragraph();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
