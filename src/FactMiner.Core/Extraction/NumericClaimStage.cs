using FactMiner.Core.Model;
using FactMiner.Core.Pipeline;

namespace FactMiner.Core.Extraction;

/// <summary>Fills each sentence's numeric claims.</summary>
/// <remarks>Reads sentence tokens and <see cref="Sentence.Subject"/>; writes <see cref="Sentence.Claims"/>.</remarks>
public sealed class NumericClaimStage(QuantityExtractor extractor) : IDocumentStage
{
    public NumericClaimStage()
        : this(QuantityExtractor.Default)
    {
    }

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document with
        {
            Sentences =
            [
                .. document.Sentences.Select(sentence =>
                {
                    var claims = extractor.Extract(
                        document.Id,
                        sentence.Index,
                        document.Text,
                        new TextSpan(sentence.Start, sentence.End),
                        sentence.Tokens.AsSpan(),
                        sentence.Subject);

                    // Most sentences state no number: they pass through as they are.
                    return claims.IsEmpty && sentence.Claims.IsEmpty ? sentence : sentence with { Claims = claims };
                }),
            ],
        };
    }
}
