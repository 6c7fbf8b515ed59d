using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FactMiner.Web;

/// <summary>The page's safety: access token, host check, anti-forgery on every POST, and a strict content policy.</summary>
internal static class ReviewSecurity
{
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";

    // Scripts and styles only from our own files: even if some text slipped through unencoded, an inline script would not run.
    private const string ContentPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
        + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static void AddReviewSecurity(this WebApplicationBuilder builder, ReviewWebOptions options)
    {
        builder.Services.AddAntiforgery(antiforgery =>
        {
            antiforgery.HeaderName = AntiforgeryHeader;
            antiforgery.Cookie.Name = "factminer-antiforgery";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.HttpOnly = true;
        });

        // Without a token only this machine may call: refusing foreign Host headers stops a web page elsewhere from
        // reaching 127.0.0.1 through DNS rebinding. With a token, the token is the gate.
        builder.Services.AddHostFiltering(hosts => hosts.AllowedHosts = options.Token is null ? ["localhost", "127.0.0.1", "[::1]"] : ["*"]);
    }

    public static void UseReviewSecurity(this WebApplication app, ReviewWebOptions options)
    {
        app.UseHostFiltering();
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            // Exactly what anti-forgery wants on the page, so it has nothing to override (and nothing to warn about).
            headers.CacheControl = "no-cache, no-store";
            headers.Pragma = "no-cache";
            await next(context).ConfigureAwait(false);
        });
        if (options.Token is not null)
        {
            app.UseMiddleware<AccessTokenGate>(options.Token);
        }
    }

    /// <summary>Refuses a state-changing request without a valid anti-forgery token (from the page's meta tag, in the header).</summary>
    public static RouteGroupBuilder RequireAntiforgery(this RouteGroupBuilder group)
    {
        group.AddEndpointFilter(async (invocation, next) =>
        {
            var antiforgery = invocation.HttpContext.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(invocation.HttpContext).ConfigureAwait(false))
            {
                return Results.Json(new ProblemList(["the anti-forgery token is missing or stale: reload the page"]), statusCode: StatusCodes.Status400BadRequest);
            }

            return await next(invocation).ConfigureAwait(false);
        });
        return group;
    }
}
