namespace FactMiner.Core.Review;

/// <summary>The filters shared by the flag, fact and claim listings (CLI, web page, export); null means any.</summary>
public sealed record ListingFilter
{
    /// <value>For flags: open, resolved, deferred or all (default open). For claims: pending, accepted, rejected, corrected or all.</value>
    public string Status { get; init; } = "all";

    public string? Subject { get; init; }

    public string? Attribute { get; init; }

    public string? Rule { get; init; }

    /// <value>At most this many rows (default 1000).</value>
    public int Limit { get; init; } = 1000;

    /// <summary>Only rows whose id is greater: keyset paging.</summary>
    public long AfterId { get; init; }
}
