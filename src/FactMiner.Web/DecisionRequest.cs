using FactMiner.Core.Review;

namespace FactMiner.Web;

/// <summary>A decision as the page posts it: claims by row id, corrections as <c>VALUE UNIT</c> text.</summary>
internal sealed record DecisionRequest(string? By, string? Note, long[]? Accept, long[]? Reject, CorrectionRequest[]? Corrections, bool Defer)
{
    public ReviewDecision ToDecision(long flagId, List<string> problems)
    {
        var corrections = new List<ClaimCorrection>();
        foreach (var correction in Corrections ?? [])
        {
            if (CorrectionParser.TryParseValue(correction.Value ?? string.Empty, out var low, out var high, out var unit))
            {
                corrections.Add(new ClaimCorrection(Id(correction.Claim), low, high, unit));
            }
            else
            {
                problems.Add($"'{correction.Value}' is not VALUE UNIT or LOW-HIGH UNIT (e.g. '50 cm' or '15-38 lb')");
            }
        }

        return new ReviewDecision(flagId, By?.Trim() ?? string.Empty)
        {
            Accept = [.. (Accept ?? []).Select(Id)],
            Reject = [.. (Reject ?? []).Select(Id)],
            Corrections = [.. corrections],
            Defer = Defer,
            Note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim(),
        };
    }

    // The review core accepts a claim's row id wherever it takes a claim id; row ids stay unique when a document is re-read.
    private static string Id(long rowId) => rowId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
