namespace FactMiner.Core.Review;

/// <summary>A curator's decision on one claim, outside any flag (a spreadsheet row, a batch).</summary>
/// <param name="ClaimId">The contract id, <c>doc#sentence.n</c>, as exported in <c>claim_id</c>.</param>
public sealed record ClaimDecision(string ClaimId, ClaimVerdict Verdict)
{
    /// <summary>The corrected value of a <see cref="ClaimVerdict.Correct"/> decision.</summary>
    public ClaimCorrection? Correction { get; init; }

    /// <summary>
    /// The claim's review status when the decider saw it (the exported <c>status</c>); when it has changed since, someone
    /// else decided the claim in between and the decision is refused rather than silently overriding theirs. Null skips the check.
    /// </summary>
    public string? SeenStatus { get; init; }

    public static ClaimDecision Accept(string claimId) => new(claimId, ClaimVerdict.Accept);

    public static ClaimDecision Reject(string claimId) => new(claimId, ClaimVerdict.Reject);

    public static ClaimDecision Correct(ClaimCorrection correction) =>
        new(correction?.ClaimId ?? throw new ArgumentNullException(nameof(correction)), ClaimVerdict.Correct) { Correction = correction };
}
