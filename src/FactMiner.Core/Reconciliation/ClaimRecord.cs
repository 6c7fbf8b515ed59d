using System.Collections.Immutable;
using FactMiner.Core.Model;

namespace FactMiner.Core.Reconciliation;

/// <summary>A numeric or categorical claim with the document and sentence it came from: the unit reconciliation works on,
/// whether the claim was just extracted or read back from a store.</summary>
public sealed record ClaimRecord
{
    private ClaimRecord(string documentId, int sentenceIndex, Claim? numeric, CategoricalClaim? categorical)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        ArgumentOutOfRangeException.ThrowIfNegative(sentenceIndex);
        DocumentId = documentId;
        SentenceIndex = sentenceIndex;
        Numeric = numeric;
        Categorical = categorical;
    }

    public string DocumentId { get; }

    public int SentenceIndex { get; }

    /// <summary>The numeric claim, or null when this record holds a categorical one.</summary>
    public Claim? Numeric { get; }

    /// <summary>The categorical claim, or null when this record holds a numeric one.</summary>
    public CategoricalClaim? Categorical { get; }

    public string Id => Numeric?.Id ?? Categorical!.Id;

    public string Attribute => Numeric?.Attribute ?? Categorical!.Attribute;

    public string? Subject => Numeric is not null ? Numeric.Subject : Categorical!.Subject;

    public int Start => Numeric?.Start ?? Categorical!.Start;

    public ImmutableArray<string> Qualifiers => Numeric?.Qualifiers ?? Categorical!.Qualifiers;

    /// <summary>The (subject, attribute) key; null when the claim has no subject (it is then only checked on its own).</summary>
    public ReconcileKey? Key => Subject is { } subject ? new ReconcileKey(subject, Attribute) : null;

    public static ClaimRecord Of(string documentId, int sentenceIndex, Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return new ClaimRecord(documentId, sentenceIndex, claim, null);
    }

    public static ClaimRecord Of(string documentId, int sentenceIndex, CategoricalClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return new ClaimRecord(documentId, sentenceIndex, null, claim);
    }

    /// <summary>Every claim of a document, numeric and categorical, in text order.</summary>
    public static IEnumerable<ClaimRecord> From(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var sentence in document.Sentences)
        {
            foreach (var claim in sentence.Claims)
            {
                yield return Of(document.Id, sentence.Index, claim);
            }

            foreach (var claim in sentence.Categorical)
            {
                yield return Of(document.Id, sentence.Index, claim);
            }
        }
    }

    internal bool SameSentenceAs(ClaimRecord other) =>
        SentenceIndex == other.SentenceIndex && string.Equals(DocumentId, other.DocumentId, StringComparison.Ordinal);
}
