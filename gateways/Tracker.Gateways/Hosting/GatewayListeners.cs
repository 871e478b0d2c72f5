using System.Net;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.DependencyInjection;

namespace Tracker.Gateways.Hosting;

public static class GatewayListeners
{
    /// <summary>Has Kestrel listen on <paramref name="endpoint"/> with <typeparamref name="THandler"/> for every connection.</summary>
    public static GatewayListener AddGatewayListener<THandler>(this IServiceCollection services, string name, IPEndPoint endpoint)
        where THandler : ConnectionHandler
    {
        var listener = new GatewayListener(name, endpoint, listen => listen.UseConnectionHandler<THandler>());
        services.AddSingleton(listener);
        return listener;
    }

    /// <summary>An address setting ("127.0.0.1", "0.0.0.0", "::") and a port, as a listen endpoint.</summary>
    public static IPEndPoint Endpoint(string? address, int port) =>
        new(string.IsNullOrWhiteSpace(address) || address.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            ? IPAddress.Loopback
            : IPAddress.Parse(address), port);
}
