using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FactMiner.Web;

/// <summary>The page itself: the HTML shell carrying this visit's anti-forgery token, and its script and style.</summary>
internal static class PageEndpoints
{
    public const string TokenPlaceholder = "{{antiforgery}}";

    public static void MapPageEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext context, IAntiforgery antiforgery) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(context);
            var html = EmbeddedAssets.Get("index.html").Replace(TokenPlaceholder, HtmlEncoder.Default.Encode(tokens.RequestToken ?? string.Empty), StringComparison.Ordinal);
            return Results.Content(html, "text/html; charset=utf-8");
        });
        app.MapGet("/assets/review.js", () => Results.Content(EmbeddedAssets.Get("review.js"), "text/javascript; charset=utf-8"));
        app.MapGet("/assets/review.css", () => Results.Content(EmbeddedAssets.Get("review.css"), "text/css; charset=utf-8"));
        app.MapGet("/assets/icon.svg", () => Results.Content(EmbeddedAssets.Get("icon.svg"), "image/svg+xml"));
    }
}
