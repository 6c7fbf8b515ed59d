namespace FactMiner.Core.Review;

/// <summary>What a curator decided about one claim.</summary>
public enum ClaimVerdict
{
    Accept,
    Reject,

    /// <summary>Keep the claim with the curator's value in place of the extracted one (numeric claims only).</summary>
    Correct,
}
