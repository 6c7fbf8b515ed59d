using FactMiner.Core.Review;
using FactMiner.Core.Storage;

namespace FactMiner.Core.Export;

/// <summary>
/// The rows of an export, streamed from the store a page at a time (keyset paging on the row id), with the
/// <see cref="ExportStatus"/> filter applied. Nothing is collected: memory stays flat over millions of rows.
/// </summary>
internal static class ExportRows
{
    public const int PageSize = 5_000;

    public static IEnumerable<FactListing> Facts(SqliteFactStore store, ExportRequest request)
    {
        // The listing's own statuses: flagged, accepted, clean; an exported "clean" fact is any fact no open flag touches.
        var filter = Filter(request, request.Status == ExportStatus.Accepted ? "accepted" : "all");
        var facts = ReviewQueries.Stream(store, filter, ReviewQueries.Facts, f => f.Id, PageSize);
        return request.Status == ExportStatus.Clean ? facts.Where(f => f.Status != "flagged") : facts;
    }

    public static IEnumerable<ClaimListing> Claims(SqliteFactStore store, ExportRequest request)
    {
        var claims = ReviewQueries.Stream(store, Filter(request, "all"), WithOpenFlagMark, c => c.Claim.RowId, PageSize);
        return request.Status switch
        {
            ExportStatus.Accepted => claims.Where(c => c.Claim.Status is "accepted" or "corrected").Select(c => c.Claim),
            ExportStatus.Clean => claims.Where(c => !c.InOpenFlag && c.Claim.Status != "rejected").Select(c => c.Claim),
            _ => claims.Select(c => c.Claim),
        };
    }

    public static IEnumerable<FlagListing> Flags(SqliteFactStore store, ExportRequest request)
    {
        var status = request.Status == ExportStatus.All ? "all" : "resolved";
        var flags = ReviewQueries.Stream(store, Filter(request, status), WithAcceptedMark, f => f.Flag.Id, PageSize);
        return request.Status == ExportStatus.Accepted
            ? flags.Where(f => f.KeptOrCorrected).Select(f => f.Flag)
            : flags.Select(f => f.Flag);
    }

    private static ListingFilter Filter(ExportRequest request, string status) => new()
    {
        Status = status,
        Subject = request.Subject,
        Attribute = request.Attribute,
    };

    /// <summary>A page of claims, each marked when an open flag involves it (looked up for the page's id range only).</summary>
    private static IReadOnlyList<(ClaimListing Claim, bool InOpenFlag)> WithOpenFlagMark(SqliteFactStore store, ListingFilter filter)
    {
        var claims = ReviewQueries.Claims(store, filter);
        if (claims.Count == 0)
        {
            return [];
        }

        var flagged = RowIds(store, """
            SELECT DISTINCT l.claim_id FROM flag_claims l JOIN flags g ON g.id = l.flag_id
            WHERE g.status = 'open' AND l.claim_id BETWEEN $first AND $last;
            """, claims[0].RowId, claims[^1].RowId);
        return [.. claims.Select(c => (c, flagged.Contains(c.RowId)))];
    }

    /// <summary>A page of flags, each marked when a curator kept or corrected at least one of its claims.</summary>
    private static IReadOnlyList<(FlagListing Flag, bool KeptOrCorrected)> WithAcceptedMark(SqliteFactStore store, ListingFilter filter)
    {
        var flags = ReviewQueries.Flags(store, filter);
        if (flags.Count == 0)
        {
            return [];
        }

        var kept = RowIds(store, """
            SELECT DISTINCT l.flag_id FROM flag_claims l JOIN claims c ON c.id = l.claim_id
            WHERE c.status IN ('accepted', 'corrected') AND l.flag_id BETWEEN $first AND $last;
            """, flags[0].Id, flags[^1].Id);
        return [.. flags.Select(f => (f, kept.Contains(f.Id)))];
    }

    private static HashSet<long> RowIds(SqliteFactStore store, string sql, long first, long last)
    {
        using var select = store.Command(sql);
        select.Parameters.AddWithValue("$first", first);
        select.Parameters.AddWithValue("$last", last);
        using var reader = select.ExecuteReader();
        var ids = new HashSet<long>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }
}
