using System.Text.Json;

namespace FactMiner.Core.Review;

/// <summary>A claim's review state as the audit log keeps it in <c>before</c> and <c>after</c>.</summary>
internal sealed record ReviewedClaimState(string Status, double? CorrectedLow, double? CorrectedHigh, string? CorrectedUnit, double? CorrectedSiLow, double? CorrectedSiHigh)
{
    public static readonly ReviewedClaimState Pending = new("pending", null, null, null, null, null);

    public string ToJson() => JsonSerializer.Serialize(this);

    public static ReviewedClaimState FromJson(string json) =>
        JsonSerializer.Deserialize<ReviewedClaimState>(json) ?? throw new InvalidDataException("audit row without a claim state: " + json);
}
