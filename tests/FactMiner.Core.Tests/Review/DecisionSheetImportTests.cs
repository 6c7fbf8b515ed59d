using FactMiner.Core.Export;
using FactMiner.Core.Reconciliation;
using FactMiner.Core.Review;
using FactMiner.Core.Storage;
using FactMiner.Core.Tests.Support;
using Microsoft.Data.Sqlite;

namespace FactMiner.Core.Tests.Review;

public sealed class DecisionSheetImportTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly string folder = Directory.CreateTempSubdirectory("factminer-import-").FullName;
    private readonly SqliteFactStore store;
    private readonly ReviewService service;
    private readonly string exported;

    public DecisionSheetImportTests()
    {
        store = SqliteFactStore.Open(ReviewedStoreSeed.Create(folder));
        service = new ReviewService(store, ClaimReconciler.Default, new FixedClock(Now));
        exported = Path.Combine(folder, "claims.csv");
        DatasetExporter.ExportAsync(store, new ExportRequest(ExportDataset.Claims, ExportFormat.Csv), exported).GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        store.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Apply_GoodAndBadRows_AppliesNothingAndReportsEveryBadRowWithItsReason()
    {
        var before = Snapshot();
        var sheet = Sheet(
            new()
            {
                [ReviewedStoreSeed.MaleWeightKg] = "reject",
                [ReviewedStoreSeed.Status] = "50 cm",
                [ReviewedStoreSeed.Elevation] = "reject",
                [ReviewedStoreSeed.Sightings] = "maybe",
                [ReviewedStoreSeed.Length] = "50 lb",
            },
            extraRows: [("musk.txt#9.9", "accept"), (ReviewedStoreSeed.Elevation, "accept"), ("", "accept")]);

        var report = DecisionSheetImport.Apply(service, sheet, "carol");

        Assert.Null(report.Applied);
        Assert.Equal(
            [
                (5, ReviewedStoreSeed.Status, "categorical"),
                (7, ReviewedStoreSeed.Sightings, "'maybe' is not a decision"),
                (8, ReviewedStoreSeed.Length, "'lb' is a unit of mass, but claim musk.txt#5.0 measures length"),
                (9, "musk.txt#9.9", "no claim musk.txt#9.9"),
                (10, ReviewedStoreSeed.Elevation, "also decided in row 6"),
                (11, "", "claim_id cell is empty"),
            ],
            report.Refused.Select(r => (r.Row, r.ClaimId, Matching(r.Reason, "categorical", "'maybe' is not a decision",
                "'lb' is a unit of mass, but claim musk.txt#5.0 measures length", "no claim musk.txt#9.9", "also decided in row 6", "claim_id cell is empty"))));
        Assert.Equal((10, 8), (report.Rows, report.Decisions));
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void Apply_AllRowsGood_AppliesThemAsOneAuditedDecisionResolvesSettledFlagsAndRecomputesFacts()
    {
        var sheet = Sheet(new()
        {
            [ReviewedStoreSeed.ShoulderHeight] = "accept",
            [ReviewedStoreSeed.Status] = "Accept",
            [ReviewedStoreSeed.Elevation] = "reject",
            [ReviewedStoreSeed.Length] = "85-95 cm",
            [ReviewedStoreSeed.MaleWeightKg] = "accept",
        });

        var report = DecisionSheetImport.Apply(service, sheet, "carol", "spring review");

        var applied = Assert.IsType<ClaimDecisionsOutcome>(report.Applied);
        Assert.Empty(report.Refused);
        Assert.Equal((2, 1, 1, 1), (applied.Accepted, applied.Rejected, applied.Corrected, applied.Unchanged));
        Assert.Equal([1L], applied.FlagsResolved);
        Assert.Equal(
            ["accepted carol spring review", "accepted carol spring review", "rejected carol spring review", "corrected 85.0 95.0 cm 0.85 0.95 carol"],
            new[] { ReviewedStoreSeed.ShoulderHeight, ReviewedStoreSeed.Status, ReviewedStoreSeed.Elevation, ReviewedStoreSeed.Length }.Select(ClaimState));
        Assert.Equal("resolved carol", Query("SELECT status || ' ' || decided_by FROM flags WHERE id = 1"));
        Assert.Equal($"{applied.Decision} 5 carol", Query("SELECT max(decision) || ' ' || count(*) || ' ' || min(by) FROM audit"));
        Assert.Equal("0", Query($"SELECT count(*) FROM fact_sources s JOIN claims c ON c.id = s.claim_id WHERE c.claim_id = '{ReviewedStoreSeed.Elevation}'"));
    }

    [Fact]
    public void Apply_ThenUndo_RestoresEveryClaimAndFlag()
    {
        var before = Snapshot();
        var sheet = Sheet(new() { [ReviewedStoreSeed.Elevation] = "reject", [ReviewedStoreSeed.Length] = "85-95 cm" });
        Assert.NotNull(DecisionSheetImport.Apply(service, sheet, "carol").Applied);

        var undone = service.UndoLast("carol");

        Assert.Equal(2, undone!.ClaimsChanged);
        Assert.Equal(before, Snapshot());
        Assert.Equal("open", Query("SELECT status FROM flags WHERE id = 1"));
    }

    [Fact]
    public void Apply_ClaimDecidedBySomeoneElseSinceTheExport_IsRefused()
    {
        service.DecideClaims([ClaimDecision.Reject(ReviewedStoreSeed.Length)], "dave");
        var sheet = Sheet(new() { [ReviewedStoreSeed.Length] = "accept" });

        var report = DecisionSheetImport.Apply(service, sheet, "carol");

        var refused = Assert.Single(report.Refused);
        Assert.Contains("is rejected now by dave", refused.Reason, StringComparison.Ordinal);
        Assert.Contains("was pending when the sheet was exported", refused.Reason, StringComparison.Ordinal);
        Assert.Equal("rejected dave", ClaimState(ReviewedStoreSeed.Length));
    }

    [Fact]
    public void Apply_SheetSavedWithSemicolonsByASpreadsheet_IsRead()
    {
        var sheet = Sheet(new() { [ReviewedStoreSeed.Elevation] = "reject" }, separator: ';');

        var report = DecisionSheetImport.Apply(service, sheet, "carol");

        Assert.Equal(1, report.Applied?.Rejected);
    }

    [Fact]
    public void Apply_NoDecisionFilledIn_ChangesNothing()
    {
        var report = DecisionSheetImport.Apply(service, Sheet(new()), "carol");

        Assert.Equal((7, 0, 0L), (report.Rows, report.Decisions, report.Applied!.Decision));
        Assert.Equal("0", Query("SELECT count(*) FROM audit"));
    }

    [Fact]
    public void Apply_SheetWithoutDecisionColumn_ThrowsNamingTheColumnToAdd()
    {
        var e = Assert.Throws<DecisionSheetException>(() => DecisionSheetImport.Apply(service, exported, "carol"));

        Assert.Contains("no decision column", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_MissingFile_ThrowsSayingWhatToPass()
    {
        var e = Assert.Throws<DecisionSheetException>(() => DecisionSheetImport.Apply(service, Path.Combine(folder, "nope.csv"), "carol"));

        Assert.Contains("--what claims", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("accept", ClaimVerdict.Accept)]
    [InlineData("Rejected", ClaimVerdict.Reject)]
    [InlineData("50 cm", ClaimVerdict.Correct)]
    [InlineData("15-38 lb", ClaimVerdict.Correct)]
    public void TryParse_DecisionCell_ReadsTheVerdict(string cell, ClaimVerdict verdict)
    {
        Assert.True(DecisionSheet.TryParse("d#0.0", cell, out var decision));

        Assert.Equal(verdict, decision.Verdict);
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("50")]
    [InlineData("cm")]
    public void TryParse_NotADecision_IsRefused(string cell) => Assert.False(DecisionSheet.TryParse("d#0.0", cell, out _));

    private string Sheet(Dictionary<string, string> decisions, char separator = ',', params (string, string)[] extraRows)
    {
        var path = Path.Combine(folder, $"decisions-{Guid.NewGuid():N}.csv");
        DecisionSheetFile.Write(exported, path, decisions, separator, extraRows);
        return path;
    }

    private string ClaimState(string claimId) => Query($"""
        SELECT trim(status || ' ' || coalesce(corrected_low || ' ' || corrected_high || ' ' || corrected_unit || ' ' || corrected_si_low || ' ' || corrected_si_high || ' ', '')
               || coalesce(reviewed_by, '') || CASE WHEN status <> 'corrected' AND note IS NOT NULL AND reviewed_by = 'carol' THEN ' ' || note ELSE '' END)
        FROM claims WHERE claim_id = '{claimId}'
        """);

    private string Snapshot() => Query("""
        SELECT (SELECT group_concat(claim_id || ':' || status || ':' || coalesce(corrected_low, ''), ' ') FROM claims)
            || ' | ' || (SELECT group_concat(id || ':' || status, ' ') FROM flags)
            || ' | ' || (SELECT group_concat(subject || ':' || attribute || ':' || coalesce(si_low, '') || ':' || coalesce(category, ''), ' ') FROM (SELECT * FROM facts ORDER BY attribute, si_low))
        """);

    private string Query(string sql)
    {
        // The tests' own literals, never input.
        using var command = store.Command(sql);
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    /// <summary>The first expected fragment the reason contains, or the reason itself (so a mismatch shows it whole).</summary>
    private static string Matching(string reason, params string[] fragments) =>
        fragments.FirstOrDefault(f => reason.Contains(f, StringComparison.Ordinal)) ?? reason;

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
