using FactMiner.Core.Reconciliation;
using FactMiner.Core.Review;
using FactMiner.Core.Storage;
using FactMiner.Core.Tests.Support;
using Microsoft.Data.Sqlite;

namespace FactMiner.Core.Tests.Review;

public sealed class ReviewQueriesEvidenceTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("factminer-review-").FullName;
    private readonly SqliteFactStore store;

    public ReviewQueriesEvidenceTests()
    {
        var db = Path.Combine(folder, "facts.db");
        ReviewStoreSeed.Write(db);
        store = SqliteFactStore.Open(db);
    }

    public void Dispose()
    {
        store.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void ClaimsOfFlag_DeerConflict_ReturnsEachClaimWithItsSentence()
    {
        var flag = DeerFlag();

        var claims = ReviewQueries.ClaimsOfFlag(store, flag.Id);

        Assert.Equal(flag.ClaimIds, claims.Select(c => c.ClaimId));
        var notes = Assert.Single(claims, c => c.ClaimId == "deer-notes.txt#0.0");
        Assert.Equal("An old hunting account claims that a musk deer weighs 70 kg.", notes.SentenceText);
        Assert.Equal("70 kg", notes.SentenceText.Substring(notes.Start - notes.SentenceStart, notes.End - notes.Start));
    }

    [Fact]
    public void Flag_DecidedOrMissing_FoundByIdWhateverItsStatus()
    {
        var flag = DeerFlag();
        Decide(new ReviewDecision(flag.Id, "Dana") { Defer = true });

        Assert.Equal("deferred", ReviewQueries.Flag(store, flag.Id)!.Status);
        Assert.Null(ReviewQueries.Flag(store, 9999));
    }

    [Fact]
    public void KnownValues_AfterACorrection_CarryTheCuratorsValueAndFlagMarks()
    {
        var flag = DeerFlag();
        Decide(new ReviewDecision(flag.Id, "Dana") { Corrections = [new ClaimCorrection("deer-notes.txt#0.0", 7, 9, "kg")] });

        var values = ReviewQueries.KnownValues(store, "musk deer", "weight");

        Assert.Equal(3, values.Count);
        var corrected = Assert.Single(values, v => v.ClaimId == "deer-notes.txt#0.0");
        Assert.Equal(("corrected", 7.0, 9.0), (corrected.Status, corrected.SiLow!.Value, corrected.SiHigh!.Value));
        Assert.DoesNotContain(values, v => v.InOpenFlag && v.ClaimId == "deer-notes.txt#0.0");
    }

    [Fact]
    public void CountFlags_BySubjectAndStatus_CountsOnlyThoseFlags()
    {
        var open = ReviewQueries.CountFlags(store, new ListingFilter { Status = "open" });
        var yak = ReviewQueries.CountFlags(store, new ListingFilter { Status = "open", Subject = "wild yak" });

        Assert.Equal(ReviewQueries.Flags(store, new ListingFilter { Status = "open" }).Count, open);
        Assert.InRange(yak, 1, open - 1);
    }

    [Fact]
    public void FilterChoices_SeededStore_OffersItsSubjectsAndAttributes()
    {
        var choices = ReviewQueries.FilterChoices(store);

        Assert.Equal(["musk deer", "wild yak"], choices.Subjects.AsEnumerable());
        Assert.Equal(["weight"], choices.Attributes.AsEnumerable());
        Assert.NotEmpty(choices.Rules);
    }

    [Fact]
    public void RecentDecisions_DecisionThenUndo_NewestFirstWithTheUndoneOneMarked()
    {
        var flag = DeerFlag();
        Decide(new ReviewDecision(flag.Id, "Dana") { Accept = [.. flag.ClaimIds], Note = "ranges of different herds" });
        new ReviewService(store, ClaimReconciler.Default).UndoLast("Lee");

        var decisions = ReviewQueries.RecentDecisions(store);

        Assert.Equal(2, decisions.Count);
        Assert.True(decisions[0].IsUndo);
        Assert.Equal("Lee", decisions[0].By);
        Assert.True(decisions[1].Undone);
        Assert.Equal(("Dana", "ranges of different herds", flag.Id), (decisions[1].By, decisions[1].Note, decisions[1].FlagId!.Value));
        Assert.Equal([.. Enumerable.Repeat("accept", flag.ClaimIds.Length), "resolve"], decisions[1].Entries.Select(e => e.Action));
    }

    private FlagListing DeerFlag() =>
        ReviewQueries.Flags(store, new ListingFilter { Status = "open", Subject = "musk deer" }).First(f => f.ClaimIds.Contains("deer-notes.txt#0.0"));

    private void Decide(ReviewDecision decision) => new ReviewService(store, ClaimReconciler.Default).Decide(decision);
}
