using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Tracker.Gateways.Ais.Assembly;
using Tracker.Gateways.Hosting;

namespace Tracker.Gateways.Ais.Sources;

public static class NmeaGatewaySetup
{
    /// <summary>
    /// The AIS NMEA input: the decoders (always, for <c>POST /api/v1/ingest/nmea</c>) and the sources configured
    /// under <c>Gateways:Nmea</c>: feeds to connect to, a TCP listener, a UDP listener.
    /// </summary>
    public static IServiceCollection AddNmeaGateway(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(NmeaGatewayOptions.Section);
        services.Configure<NmeaGatewayOptions>(section);
        var o = section.Get<NmeaGatewayOptions>() ?? new NmeaGatewayOptions();
        _ = o.FeedEndpoints().ToList(); // a malformed feed fails the start, not a background task

        services.AddSingleton<NmeaCounters>(sp => new NmeaCounters(sp.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()));
        services.AddSingleton(_ => new AisVesselCache(o.MaxVessels));
        services.AddSingleton<NmeaDecoders>();
        services.AddSingleton<NmeaIngest>();
        if (o.TcpPort is { } tcp)
        {
            services.AddGatewayListener<NmeaConnectionHandler>("nmea-tcp", GatewayListeners.Endpoint(o.Address, tcp));
        }

        if (o.UdpPort is not null)
        {
            services.AddSingleton<NmeaUdpListener>();
            services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<NmeaUdpListener>());
        }

        if (o.Feeds.Count > 0)
        {
            services.AddHostedService<NmeaFeedClient>();
        }

        return services;
    }
}
