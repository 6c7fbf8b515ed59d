using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace FactMiner.Web;

/// <summary>
/// Lets a request through only with the serve token: in the <c>X-FactMiner-Token</c> header, in the cookie, or once in
/// <c>?token=</c>, which sets the cookie and redirects to the same address without it (so it leaves the address bar and history).
/// </summary>
internal sealed class AccessTokenGate(RequestDelegate next, string token)
{
    public const string HeaderName = "X-FactMiner-Token";
    public const string CookieName = "factminer-token";
    public const string QueryName = "token";

    private readonly byte[] expected = SHA256.HashData(Encoding.UTF8.GetBytes(token));

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (Matches(request.Headers[HeaderName]) || Matches(request.Cookies[CookieName]))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        if (HttpMethods.IsGet(request.Method) && Matches(request.Query[QueryName]))
        {
            context.Response.Cookies.Append(CookieName, request.Query[QueryName]!, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = request.IsHttps,
                Path = "/",
            });
            var rest = QueryString.Create(request.Query.Where(p => p.Key != QueryName));
            context.Response.Redirect(UriHelper.BuildRelative(request.PathBase, request.Path, rest));
            return;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(
            "This FactMiner review page needs its access token: open it once as /?token=TOKEN "
            + $"(the token given to 'factminer serve --token'), or send the {HeaderName} header.\n").ConfigureAwait(false);
    }

    private bool Matches(string? candidate) =>
        !string.IsNullOrEmpty(candidate)
        // Comparing hashes in constant time tells an attacker nothing about how much of a guess was right.
        && CryptographicOperations.FixedTimeEquals(expected, SHA256.HashData(Encoding.UTF8.GetBytes(candidate)));
}
