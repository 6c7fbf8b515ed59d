using System.Net;
using Microsoft.AspNetCore.Http;

namespace FactMiner.Web;

/// <summary>Reads <c>--urls</c> and tells loopback binds (this machine only) from binds other machines can reach.</summary>
internal static class BindAddresses
{
    public static IReadOnlyList<BindAddress>? TryParse(string urls, out string? problem)
    {
        problem = null;
        var parsed = new List<BindAddress>();
        foreach (var url in (urls ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            BindingAddress address;
            try
            {
                address = BindingAddress.Parse(url);
            }
            catch (FormatException)
            {
                problem = $"--urls '{url}' is not a URL such as http://127.0.0.1:5080";
                return null;
            }

            parsed.Add(new BindAddress(url, address.IsUnixPipe || IsLoopbackHost(address.Host)));
        }

        if (parsed.Count == 0)
        {
            problem = "--urls names no URL; use e.g. http://127.0.0.1:5080";
            return null;
        }

        return parsed;
    }

    private static bool IsLoopbackHost(string host)
    {
        // '*', '+', '0.0.0.0', '[::]' and host names other than localhost listen beyond this machine.
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);
    }
}
