using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Tracker.Api.Auth;
using Tracker.Gateways.Hosting;

namespace Tracker.Silo.Hosting;

/// <summary>
/// Puts the gateways' TCP ports (JT/T 808, NMEA) on Kestrel beside the HTTP ones. Kestrel ignores the
/// host's URLs (<c>--urls</c>, <c>Urls</c>, <c>ASPNETCORE_HTTP_PORTS</c>) once any endpoint is configured in
/// code, so when a gateway listens the HTTP URLs are declared here as endpoints too; with no gateway,
/// Kestrel binds the URLs itself as before.
/// </summary>
public sealed class KestrelListeners(IConfiguration configuration, IEnumerable<GatewayListener> gateways) : IConfigureOptions<KestrelServerOptions>
{
    public void Configure(KestrelServerOptions options)
    {
        var listeners = gateways.ToList();
        if (listeners.Count == 0)
        {
            return;
        }

        var urls = ListenAddresses.HostingUrls(configuration);
        foreach (var url in urls.Count > 0 ? urls : [ListenAddresses.KestrelDefault])
        {
            ListenHttp(options, BindingAddress.Parse(url));
        }

        foreach (var listener in listeners)
        {
            options.Listen(listener.Endpoint, listener.Bind);
        }
    }

    private static void ListenHttp(KestrelServerOptions options, BindingAddress url)
    {
        Action<ListenOptions> scheme = url.Scheme.Equals("https", StringComparison.OrdinalIgnoreCase) ? listen => listen.UseHttps() : _ => { };
        if (url.Host is "*" or "+" || url.Host.Equals("0.0.0.0", StringComparison.Ordinal) || url.Host is "[::]" or "::")
        {
            options.ListenAnyIP(url.Port, scheme);
        }
        else if (url.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            // Kestrel cannot pick a free port on "localhost" (two families); tests ask for port 0.
            if (url.Port == 0)
            {
                options.Listen(IPAddress.Loopback, 0, scheme);
            }
            else
            {
                options.ListenLocalhost(url.Port, scheme);
            }
        }
        else if (IPAddress.TryParse(url.Host.Trim('[', ']'), out var address))
        {
            options.Listen(address, url.Port, scheme);
        }
        else
        {
            // Kestrel binds a host name's URL to every interface as well.
            options.ListenAnyIP(url.Port, scheme);
        }
    }
}
