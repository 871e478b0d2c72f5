using System.Net;
using Microsoft.Extensions.Configuration;

namespace Tracker.Api.Auth;

/// <summary>
/// Where Kestrel will listen, read from the same settings it reads (<c>urls</c>, <c>http_ports</c>,
/// <c>https_ports</c>, <c>Kestrel:Endpoints:*:Url</c>), before it starts: the dev-token rule is decided
/// while the endpoints are mapped. Every source is counted, even one Kestrel would override, so a doubt
/// counts as "not loopback".
/// </summary>
public static class ListenAddresses
{
    /// <summary>Kestrel's own default when nothing is configured.</summary>
    public const string KestrelDefault = "http://localhost:5000";

    public static IReadOnlyList<string> From(IConfiguration configuration)
    {
        var urls = new List<string>(HostingUrls(configuration));
        urls.AddRange(configuration.GetSection("Kestrel:Endpoints").GetChildren()
            .Select(endpoint => endpoint["Url"]).OfType<string>().Where(url => url.Length > 0));
        return urls.Count > 0 ? urls : [KestrelDefault];
    }

    /// <summary>
    /// The host's URLs (<c>urls</c>, <c>http_ports</c>, <c>https_ports</c>): the ones Kestrel drops as soon as
    /// an endpoint is configured in code, so the host re-declares them when a gateway adds its own port.
    /// </summary>
    public static IReadOnlyList<string> HostingUrls(IConfiguration configuration)
    {
        var urls = new List<string>();
        urls.AddRange(Split(configuration["urls"]));

        // ASPNETCORE_HTTP_PORTS (set by the official aspnet images) binds every interface.
        urls.AddRange(Split(configuration["http_ports"]).Select(port => $"http://*:{port}"));
        urls.AddRange(Split(configuration["https_ports"]).Select(port => $"https://*:{port}"));
        return urls;
    }

    /// <summary>
    /// Whether a listen URL reaches this machine only: <c>localhost</c> or a loopback IP. Wildcards
    /// (<c>*</c>, <c>+</c>, <c>0.0.0.0</c>, <c>[::]</c>), host names and unix sockets are not.
    /// </summary>
    public static bool IsLoopback(string url)
    {
        var rest = url.Trim();
        var scheme = rest.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0)
        {
            return false;
        }

        rest = rest[(scheme + 3)..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var authority = slash >= 0 ? rest[..slash] : rest;
        string host;
        if (authority.StartsWith('['))
        {
            var close = authority.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                return false;
            }

            host = authority[1..close];
        }
        else
        {
            var colon = authority.LastIndexOf(':');
            host = colon >= 0 ? authority[..colon] : authority;
        }

        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
    }

    private static string[] Split(string? value) =>
        (value ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
