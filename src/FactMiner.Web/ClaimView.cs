using System.Collections.Immutable;
using FactMiner.Core.Review;

namespace FactMiner.Web;

/// <summary>One claim of a flag as the page shows it: its sentence cut around the value, where it comes from, its values and state.</summary>
internal sealed record ClaimView(
    long RowId,
    string ClaimId,
    string Document,
    int SentenceIndex,
    int Start,
    int End,
    string? Subject,
    string Attribute,
    string Kind,
    string? Value,
    string? SiValue,
    string? Unit,
    ImmutableArray<string> Qualifiers,
    string Status,
    string? Corrected,
    string Before,
    string Highlight,
    string After,
    string? ReviewedBy,
    string? Note)
{
    public static ClaimView From(ClaimListing claim)
    {
        var cut = SentenceHighlight.Cut(claim.SentenceText, claim.SentenceStart, claim.Text, claim.Start);
        var value = claim.Kind == "categorical"
            ? string.Join(' ', new[] { claim.Category, claim.Authority, claim.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) }.Where(p => p is not null))
            : ValueText.Range(claim.Low, claim.High, claim.Unit);
        return new ClaimView(
            claim.RowId, claim.ClaimId, claim.Document, claim.SentenceIndex, claim.Start, claim.End, claim.Subject, claim.Attribute, claim.Kind,
            value, ValueText.Range(claim.SiLow, claim.SiHigh, claim.SiUnit, rounded: true), claim.Unit, claim.Qualifiers, claim.Status,
            claim.Status == "corrected" ? ValueText.Range(claim.CorrectedLow, claim.CorrectedHigh, claim.CorrectedUnit) : null,
            cut.Before, cut.Value, cut.After, claim.ReviewedBy, claim.Note);
    }
}
