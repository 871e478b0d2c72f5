using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Tracker.Gateways.Hosting;

/// <summary>
/// A TCP port a gateway asks Kestrel to listen on (for example JT/T 808 terminals), with the connection
/// handler it puts on it. Registered as a singleton; the host turns each into a Kestrel endpoint.
/// </summary>
/// <param name="Name">For logs and errors, e.g. "jt808".</param>
/// <param name="Endpoint">Address and port; port 0 picks a free one (see <see cref="BoundPort"/>).</param>
/// <param name="Use">Puts the protocol on the endpoint, e.g. <c>l =&gt; l.UseConnectionHandler&lt;T&gt;()</c>.</param>
public sealed record GatewayListener(string Name, IPEndPoint Endpoint, Action<ListenOptions> Use)
{
    private ListenOptions? _bound;

    /// <summary>Once the server has started: the port it listens on (the one picked when configured as 0).</summary>
    public int? BoundPort => (_bound?.EndPoint as IPEndPoint)?.Port;

    /// <summary>Called by the host when it configures the endpoint.</summary>
    public void Bind(ListenOptions options)
    {
        _bound = options;
        Use(options);
    }
}
