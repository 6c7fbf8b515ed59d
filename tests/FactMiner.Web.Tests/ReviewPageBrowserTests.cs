using FactMiner.Core.Tests.Support;
using FactMiner.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FactMiner.Web.Tests;

/// <summary>The page in a real browser: a curator's keystrokes reach the store and the audit log; injected markup stays text.</summary>
public sealed class ReviewPageBrowserTests
{
    private const string Reviewer = "Robin Reviewer";

    /// <summary>Where the browser test leaves a picture of the page, for a person to look at.</summary>
    public static readonly string ScreenshotPath = Path.Combine(Path.GetTempPath(), "review-page.png");

    [ChromiumFact]
    public async Task KeyB_OnFirstOpenFlag_KeepsBothClaimsAndAuditsItUnderTheReviewersName()
    {
        await using var server = await RunningReviewPage.StartAsync();
        var flagId = StoreProbe.Scalar<long>(server.DbPath, "SELECT min(id) FROM flags WHERE status = 'open';");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(Chromium.LaunchOptions);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1440, Height = 1000 } });

        await page.GotoAsync(server.Address.ToString());
        await page.Locator("#name-input").FillAsync(Reviewer);
        await page.Locator("#name-input").PressAsync("Enter");
        await Expect(page.Locator("#flag-title")).ToContainTextAsync($"F{flagId} ");
        await Expect(page.Locator("#reviewer-name")).ToHaveTextAsync(Reviewer);
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('img.chart')].every(i => i.complete && i.naturalWidth > 0)");
        await page.ScreenshotAsync(new() { Path = ScreenshotPath, FullPage = true });
        await page.Keyboard.PressAsync("b");
        await Expect(page.Locator("#status-line")).ToContainTextAsync($"F{flagId} is resolved");

        Assert.Equal("resolved", StoreProbe.Scalar<string>(server.DbPath, "SELECT status FROM flags WHERE id = $id;", ("$id", flagId)));
        Assert.Equal(["accepted"], StoreProbe.Column(server.DbPath,
            "SELECT DISTINCT c.status FROM flag_claims l JOIN claims c ON c.id = l.claim_id WHERE l.flag_id = $id;", ("$id", flagId)));
        Assert.Equal([Reviewer], StoreProbe.Column(server.DbPath, "SELECT DISTINCT by FROM audit WHERE flag_id = $id;", ("$id", flagId)));
        Assert.Contains("resolve", StoreProbe.Column(server.DbPath, "SELECT action FROM audit WHERE flag_id = $id;", ("$id", flagId)));
        await Expect(page.Locator("#decision-list li").First).ToContainTextAsync(Reviewer);
    }

    [ChromiumFact]
    public async Task KeysTwoAThenU_KeepsTheSecondClaimThenUndoReopensTheFlag()
    {
        await using var server = await RunningReviewPage.StartAsync();
        var flagId = StoreProbe.Scalar<long>(server.DbPath, "SELECT min(id) FROM flags WHERE status = 'open';");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(Chromium.LaunchOptions);
        var page = await NamedReviewerPageAsync(browser);

        await page.GotoAsync(server.Address.ToString());
        await Expect(page.Locator("#flag-title")).ToContainTextAsync($"F{flagId} ");
        var second = await page.Locator(".claim").Nth(1).Locator(".claim-head strong").TextContentAsync();
        await page.Keyboard.PressAsync("2");
        await page.Keyboard.PressAsync("a");
        await Expect(page.Locator("#status-line")).ToContainTextAsync($"F{flagId} is resolved");
        var kept = StoreProbe.Column(server.DbPath, "SELECT status FROM claims WHERE claim_id = $id;", ("$id", second!));
        await page.Keyboard.PressAsync("u");
        await Expect(page.Locator("#status-line")).ToContainTextAsync($"F{flagId} is open again");

        Assert.Equal(["accepted"], kept);
        Assert.Equal("open", StoreProbe.Scalar<string>(server.DbPath, "SELECT status FROM flags WHERE id = $id;", ("$id", flagId)));
        Assert.Equal(["pending"], StoreProbe.Column(server.DbPath,
            "SELECT DISTINCT c.status FROM flag_claims l JOIN claims c ON c.id = l.claim_id WHERE l.flag_id = $id;", ("$id", flagId)));
        Assert.Contains("undo", StoreProbe.Column(server.DbPath, "SELECT action FROM audit WHERE by = $by;", ("$by", Reviewer)));
    }

    [ChromiumFact]
    public async Task SentenceWithInjectedScript_ShowsAsTextAndDoesNotRun()
    {
        await using var server = await RunningReviewPage.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(Chromium.LaunchOptions);
        var page = await NamedReviewerPageAsync(browser);

        await page.GotoAsync(server.Address.ToString());
        await page.Locator(".queue-item", new() { HasText = "wild yak" }).First.ClickAsync();
        var sentence = page.Locator(".sentence", new() { HasText = "<script>window.pwned = true</script>" });

        await Expect(sentence).ToBeVisibleAsync();
        Assert.Equal(ReviewStoreSeed.ScriptSentence, await sentence.TextContentAsync());
        Assert.Equal(0, await page.Locator("#claims script").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.pwned === 'undefined'"));
    }

    /// <summary>A page whose browser already knows the reviewer's name, as on every visit after the first.</summary>
    private static async Task<IPage> NamedReviewerPageAsync(IBrowser browser)
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 1000 } });
        await context.AddInitScriptAsync($"localStorage.setItem('factminer.reviewer', '{Reviewer}');");
        return await context.NewPageAsync();
    }
}
