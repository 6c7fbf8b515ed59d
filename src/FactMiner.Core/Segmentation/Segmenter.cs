using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using FactMiner.Core.Model;
using FactMiner.Core.Pipeline;

namespace FactMiner.Core.Segmentation;

/// <summary>Cuts a document into sentences and tokens.</summary>
/// <remarks>Reads <see cref="Document.Text"/>; writes <see cref="Document.Sentences"/> with offsets, folded text and tokens.</remarks>
public sealed class Segmenter(SentenceSplitter splitter, Tokenizer tokenizer) : IDocumentStage
{
    public Segmenter()
        : this(SentenceSplitter.Default, Tokenizer.Default)
    {
    }

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var spans = new List<TextSpan>();
        splitter.Split(document.Text, spans);
        var sentences = ImmutableArray.CreateBuilder<Sentence>(spans.Count);
        var tokens = new List<Token>();
        var folded = new StringBuilder();
        foreach (var span in spans)
        {
            var slice = document.Text.AsSpan(span.Start, span.Length);
            tokens.Clear();
            tokenizer.Tokenize(slice, span.Start, tokens);
            sentences.Add(new Sentence(sentences.Count, span.Start, span.End, FoldWhitespace(slice, folded))
            {
                Tokens = [.. tokens],
            });
        }

        return document with { Sentences = sentences.MoveToImmutable() };
    }

    // Every character char.IsWhiteSpace accepts, but the plain space.
    private static readonly SearchValues<char> WhitespaceButSpace = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => c != ' ' && char.IsWhiteSpace(c))]);

    /// <summary>The contract's <c>text</c>: the slice with every whitespace run (line breaks included) folded to one space.</summary>
    internal static string FoldWhitespace(ReadOnlySpan<char> slice, StringBuilder scratch)
    {
        // Most sentences sit on one line with single spaces: two vector searches show there is nothing to fold.
        if (slice.IsEmpty || (slice[0] != ' ' && slice[^1] != ' ' && !slice.ContainsAny(WhitespaceButSpace) && !slice.Contains("  ", StringComparison.Ordinal)))
        {
            return slice.ToString();
        }

        scratch.Clear();
        var inWhitespace = false;
        foreach (var c in slice)
        {
            if (char.IsWhiteSpace(c))
            {
                inWhitespace = true;
                continue;
            }

            if (inWhitespace && scratch.Length > 0)
            {
                scratch.Append(' ');
            }

            inWhitespace = false;
            scratch.Append(c);
        }

        return scratch.ToString();
    }
}
