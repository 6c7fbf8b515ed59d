using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using FactMiner.Core.Tests.Support;
using FactMiner.Web.Tests.Support;

namespace FactMiner.Web.Tests;

public sealed class ReviewWebHostTests
{
    private const string Reviewer = "Dana Curator";

    [Fact]
    public async Task GetFlags_OpenQueue_ListsOpenFlagsWithCount()
    {
        await using var page = await RunningReviewPage.StartAsync();
        using var client = page.Client();

        var queue = await client.GetFromJsonAsync<JsonElement>("/api/flags?status=open");

        var flags = queue.GetProperty("flags").EnumerateArray().ToList();
        Assert.True(flags.Count >= 2, $"expected the deer and the yak flags, got {flags.Count}");
        Assert.Equal(flags.Count, queue.GetProperty("total").GetInt32());
        Assert.All(flags, f => Assert.Equal("open", f.GetProperty("status").GetString()));
        Assert.Contains(flags, f => f.GetProperty("subject").GetString() == "musk deer");
        Assert.Contains(flags, f => f.GetProperty("subject").GetString() == "wild yak");
    }

    [Fact]
    public async Task GetFlag_DeerConflict_ShowsEachSentenceWithTheValueHighlighted()
    {
        await using var page = await RunningReviewPage.StartAsync();
        using var client = page.Client();
        var flagId = StoreProbe.FlagOf(page.DbPath, "deer-notes.txt#0.0");

        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/flags/{flagId}");

        var claims = detail.GetProperty("claims").EnumerateArray().ToList();
        var notes = Assert.Single(claims, c => c.GetProperty("claimId").GetString() == "deer-notes.txt#0.0");
        Assert.Equal("deer-notes.txt", notes.GetProperty("document").GetString());
        Assert.Equal("70 kg", notes.GetProperty("highlight").GetString());
        Assert.Equal("An old hunting account claims that a musk deer weighs ", notes.GetProperty("before").GetString());
        Assert.Equal("70 kg", notes.GetProperty("siValue").GetString());
        Assert.True(claims.Count >= 2);
        Assert.NotEmpty(detail.GetProperty("flag").GetProperty("message").GetString()!);
        Assert.NotEmpty(detail.GetProperty("charts").EnumerateArray());
    }

    [Fact]
    public async Task PostDecision_WithoutAntiforgeryToken_IsRefusedAndChangesNothing()
    {
        await using var page = await RunningReviewPage.StartAsync();
        using var client = page.Client();
        await RunningReviewPage.AntiforgeryTokenAsync(client);
        var flagId = StoreProbe.FlagOf(page.DbPath, "deer-notes.txt#0.0");

        using var response = await RunningReviewPage.PostAsync(client, $"/api/flags/{flagId}/decision", new { by = Reviewer, defer = true }, antiforgery: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("anti-forgery", await response.Content.ReadAsStringAsync());
        Assert.Equal("open", StoreProbe.Scalar<string>(page.DbPath, "SELECT status FROM flags WHERE id = $id;", ("$id", flagId)));
        Assert.Equal(0L, StoreProbe.Scalar<long>(page.DbPath, "SELECT count(*) FROM audit;"));
    }

    [Fact]
    public async Task PostDecision_KeepOne_AcceptsItRejectsTheOtherResolvesTheFlagAndAudits()
    {
        await using var page = await RunningReviewPage.StartAsync();
        using var client = page.Client();
        var token = await RunningReviewPage.AntiforgeryTokenAsync(client);
        var flagId = StoreProbe.FlagOf(page.DbPath, "yak-blog.txt#0.0");
        var (keep, drop) = (RowOf(page, "yak.txt#0.0"), RowOf(page, "yak-blog.txt#0.0"));

        using var response = await RunningReviewPage.PostAsync(client, $"/api/flags/{flagId}/decision",
            new { by = Reviewer, note = "the blog misread a calf's weight", accept = new[] { keep }, reject = new[] { drop } }, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("resolved", StoreProbe.Scalar<string>(page.DbPath, "SELECT status FROM flags WHERE id = $id;", ("$id", flagId)));
        Assert.Equal("accepted", StoreProbe.Scalar<string>(page.DbPath, "SELECT status FROM claims WHERE id = $id;", ("$id", keep)));
        Assert.Equal("rejected", StoreProbe.Scalar<string>(page.DbPath, "SELECT status FROM claims WHERE id = $id;", ("$id", drop)));
        Assert.Equal(["accept", "reject", "resolve"], StoreProbe.Column(page.DbPath, "SELECT action FROM audit ORDER BY id;"));
        Assert.Equal([Reviewer], StoreProbe.Column(page.DbPath, "SELECT DISTINCT by FROM audit;"));
        Assert.Equal(["the blog misread a calf's weight"], StoreProbe.Column(page.DbPath, "SELECT DISTINCT note FROM audit;"));
    }

    [Fact]
    public async Task PostUndo_AfterADecision_ReopensTheFlagAndKeepsBothEntries()
    {
        await using var page = await RunningReviewPage.StartAsync();
        using var client = page.Client();
        var token = await RunningReviewPage.AntiforgeryTokenAsync(client);
        var flagId = StoreProbe.FlagOf(page.DbPath, "yak-blog.txt#0.0");
        var drop = RowOf(page, "yak-blog.txt#0.0");
        using var decided = await RunningReviewPage.PostAsync(client, $"/api/flags/{flagId}/decision", new { by = Reviewer, reject = new[] { drop } }, token);

        using var undone = await RunningReviewPage.PostAsync(client, "/api/undo", new { by = Reviewer }, token);

        Assert.Equal(HttpStatusCode.OK, undone.StatusCode);
        Assert.Equal("open", StoreProbe.Scalar<string>(page.DbPath, "SELECT status FROM flags WHERE id = $id;", ("$id", flagId)));
        Assert.Equal("pending", StoreProbe.Scalar<string>(page.DbPath, "SELECT status FROM claims WHERE id = $id;", ("$id", drop)));
        Assert.Equal(["reject", "resolve", "undo", "undo"], StoreProbe.Column(page.DbPath, "SELECT action FROM audit ORDER BY id;"));
        var decisions = await client.GetFromJsonAsync<JsonElement>("/api/decisions");
        Assert.True(decisions[0].GetProperty("isUndo").GetBoolean());
        Assert.True(decisions[1].GetProperty("undone").GetBoolean());
    }

    [Fact]
    public async Task PostDecision_CorrectionInAnotherUnit_StoresTheCorrectionBesideTheOriginal()
    {
        await using var page = await RunningReviewPage.StartAsync();
        using var client = page.Client();
        var token = await RunningReviewPage.AntiforgeryTokenAsync(client);
        var flagId = StoreProbe.FlagOf(page.DbPath, "deer-notes.txt#0.0");
        var claim = RowOf(page, "deer-notes.txt#0.0");

        using var response = await RunningReviewPage.PostAsync(client, $"/api/flags/{flagId}/decision",
            new { by = Reviewer, corrections = new[] { new { claim, value = "15-38 lb" } } }, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("corrected 15-38 lb (6.8-17.2 kg), read as 70 kg", StoreProbe.Scalar<string>(page.DbPath, """
            SELECT printf('%s %g-%g %s (%.1f-%.1f kg), read as %g %s', status, corrected_low, corrected_high, corrected_unit,
                          corrected_si_low, corrected_si_high, low, unit)
            FROM claims WHERE id = $id;
            """, ("$id", claim)));
    }

    [Fact]
    public async Task PostDecision_UnknownUnit_IsRefusedWithTheReason()
    {
        await using var page = await RunningReviewPage.StartAsync();
        using var client = page.Client();
        var token = await RunningReviewPage.AntiforgeryTokenAsync(client);
        var flagId = StoreProbe.FlagOf(page.DbPath, "deer-notes.txt#0.0");

        using var response = await RunningReviewPage.PostAsync(client, $"/api/flags/{flagId}/decision",
            new { by = Reviewer, corrections = new[] { new { claim = RowOf(page, "deer-notes.txt#0.0"), value = "seventy" } } }, token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("VALUE UNIT", await response.Content.ReadAsStringAsync());
        Assert.Equal(0L, StoreProbe.Scalar<long>(page.DbPath, "SELECT count(*) FROM audit;"));
    }

    [Fact]
    public async Task PostBulk_DeferAllYakFlags_DefersExactlyTheConfirmedSet()
    {
        await using var page = await RunningReviewPage.StartAsync();
        using var client = page.Client();
        var token = await RunningReviewPage.AntiforgeryTokenAsync(client);
        var yakFlags = StoreProbe.Scalar<int>(page.DbPath, "SELECT count(*) FROM flags WHERE subject = 'wild yak' AND status = 'open';");

        using var wrongCount = await RunningReviewPage.PostAsync(client, "/api/bulk",
            new { by = Reviewer, action = "defer", status = "open", subject = "wild yak", expected = yakFlags + 5 }, token);
        using var confirmed = await RunningReviewPage.PostAsync(client, "/api/bulk",
            new { by = Reviewer, action = "defer", status = "open", subject = "wild yak", expected = yakFlags }, token);

        Assert.Equal(HttpStatusCode.BadRequest, wrongCount.StatusCode);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal(["deferred"], StoreProbe.Column(page.DbPath, "SELECT DISTINCT status FROM flags WHERE subject = 'wild yak';"));
        Assert.Contains("open", StoreProbe.Column(page.DbPath, "SELECT DISTINCT status FROM flags WHERE subject = 'musk deer';"));
    }

    [Fact]
    public async Task GetFlag_SentenceWithScriptTag_IsSentEncodedAndReadsBackAsText()
    {
        await using var page = await RunningReviewPage.StartAsync();
        using var client = page.Client();
        var flagId = StoreProbe.FlagOf(page.DbPath, "yak-blog.txt#0.0");

        var raw = await client.GetStringAsync($"/api/flags/{flagId}");

        Assert.DoesNotContain("<script>", raw, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\\u003Cscript\\u003E", raw, StringComparison.Ordinal);
        var blog = JsonDocument.Parse(raw).RootElement.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("document").GetString() == "yak-blog.txt");
        Assert.Equal(ReviewStoreSeed.ScriptSentence, blog.GetProperty("before").GetString() + blog.GetProperty("highlight").GetString() + blog.GetProperty("after").GetString());
    }

    [Fact]
    public async Task GetChart_DeerWeights_DrawsEveryValueAndMarksTheFlaggedOnes()
    {
        await using var page = await RunningReviewPage.StartAsync();
        using var client = page.Client();
        var flagId = StoreProbe.FlagOf(page.DbPath, "deer-notes.txt#0.0");

        using var response = await client.GetAsync($"/api/chart.svg?flag={flagId}&subject=musk%20deer&attribute=weight");

        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var texts = svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToList();
        Assert.Contains(texts, t => t.StartsWith("musk-deer.txt#1.0", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("deer-facts.txt#0.0", StringComparison.Ordinal));
        Assert.Contains(svg.Descendants(), e => e.Name.LocalName == "text" && e.Value == "deer-notes.txt#0.0" && (string?)e.Attribute("fill") == ValueChart.FlaggedColour);
    }

    [Fact]
    public async Task GetPage_Shell_CarriesAntiforgeryTokenAndAStrictContentPolicy()
    {
        await using var page = await RunningReviewPage.StartAsync();
        using var client = page.Client();

        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.NotEmpty(await RunningReviewPage.AntiforgeryTokenAsync(client));
    }

    [Fact]
    public async Task Request_ForeignHostHeaderWithoutToken_IsRefused()
    {
        await using var page = await RunningReviewPage.StartAsync();
        using var client = page.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/flags");
        request.Headers.Host = "attacker.example";

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Build_NonLoopbackWithoutToken_RefusesToStartAndSaysWhy()
    {
        var folder = Directory.CreateTempSubdirectory("factminer-web-").FullName;
        try
        {
            var db = Path.Combine(folder, "factminer.db");
            ReviewStoreSeed.Write(db);

            var e = Assert.Throws<ReviewWebSetupException>(() => ReviewWebHost.Build(new ReviewWebOptions(db) { Urls = "http://0.0.0.0:5080" }));

            Assert.Contains("--token", Assert.Single(e.Problems));
            Assert.Contains("other machines", e.Problems[0]);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Request_NonLoopbackWithToken_NeedsTheTokenOnEveryRequest()
    {
        const string Token = "a-long-enough-secret-42";
        await using var page = await RunningReviewPage.StartAsync("http://0.0.0.0:0", Token);
        using var stranger = page.Client();
        using var curator = page.Client();
        using var withHeader = page.Client();
        withHeader.DefaultRequestHeaders.Add("X-FactMiner-Token", Token);

        using var refused = await stranger.GetAsync("/api/flags");
        using var wrong = await stranger.GetAsync("/?token=not-the-token-at-all");
        using var redirect = await curator.GetAsync($"/?token={Token}");
        using var afterCookie = await curator.GetAsync("/api/flags");
        using var byHeader = await withHeader.GetAsync("/api/flags");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.DoesNotContain(Token, redirect.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, afterCookie.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byHeader.StatusCode);
    }

    private static long RowOf(RunningReviewPage page, string claimId) =>
        StoreProbe.Scalar<long>(page.DbPath, "SELECT id FROM claims WHERE claim_id = $claim;", ("$claim", claimId));
}
