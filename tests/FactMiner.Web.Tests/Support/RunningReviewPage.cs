using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using FactMiner.Core.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;

namespace FactMiner.Web.Tests.Support;

/// <summary>The real review page on a seeded store in a temp folder, listening on a free loopback port.</summary>
internal sealed partial class RunningReviewPage : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string folder;

    private RunningReviewPage(WebApplication app, string folder, string dbPath, Uri address)
    {
        this.app = app;
        this.folder = folder;
        DbPath = dbPath;
        Address = address;
    }

    public string DbPath { get; }

    /// <summary>Where to reach the page: the bound port on 127.0.0.1.</summary>
    public Uri Address { get; }

    public static async Task<RunningReviewPage> StartAsync(string urls = "http://127.0.0.1:0", string? token = null)
    {
        var folder = Directory.CreateTempSubdirectory("factminer-web-").FullName;
        var dbPath = Path.Combine(folder, "factminer.db");
        ReviewStoreSeed.Write(dbPath);
        var app = ReviewWebHost.Build(new ReviewWebOptions(dbPath) { Urls = urls, Token = token });
        await app.StartAsync();
        var bound = new Uri(app.Urls.First());
        return new RunningReviewPage(app, folder, dbPath, new UriBuilder(bound) { Host = "127.0.0.1" }.Uri);
    }

    /// <summary>A client that keeps cookies, as a browser does (the anti-forgery and token cookies live there).</summary>
    public HttpClient Client() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = Address };

    /// <summary>Loads the page as a browser would and returns the anti-forgery token its script sends with every POST.</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("/");
        return WebUtility.HtmlDecode(AntiforgeryMeta().Match(html).Groups[1].Value);
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, object body, string? antiforgery)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (antiforgery is not null)
        {
            request.Headers.Add("X-CSRF-TOKEN", antiforgery);
        }

        return await client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [GeneratedRegex("""<meta name="antiforgery" content="([^"]*)">""")]
    private static partial Regex AntiforgeryMeta();
}
