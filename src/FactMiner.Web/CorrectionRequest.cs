namespace FactMiner.Web;

/// <summary>A corrected value for one claim: <c>50 cm</c>, <c>15-38 lb</c>.</summary>
internal sealed record CorrectionRequest(long Claim, string? Value);
