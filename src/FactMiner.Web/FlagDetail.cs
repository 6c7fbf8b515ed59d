using FactMiner.Core.Review;

namespace FactMiner.Web;

/// <summary>One flag with its evidence side by side and a chart address per (subject, attribute) its claims touch.</summary>
internal sealed record FlagDetail(FlagListing Flag, IReadOnlyList<ClaimView> Claims, IReadOnlyList<string> Charts)
{
    public static FlagDetail From(FlagListing flag, IReadOnlyList<ClaimListing> claims)
    {
        var charts = claims
            .Where(c => c.Subject is not null)
            .Select(c => (Subject: c.Subject!, c.Attribute))
            .Distinct()
            .Select(key => $"/api/chart.svg?flag={flag.Id}&subject={Uri.EscapeDataString(key.Subject)}&attribute={Uri.EscapeDataString(key.Attribute)}")
            .ToList();
        return new FlagDetail(flag, [.. claims.Select(ClaimView.From)], charts);
    }
}
