using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Tracker.Gateways.Hosting;
using Tracker.Gateways.Ingest;
using Tracker.Ingest.Pipeline;

namespace Tracker.Gateways.Jt808.Server;

public static class Jt808GatewayHosting
{
    /// <summary>
    /// The JT/T 808 gateway's services, and its listener when <c>Gateways:Jt808:Port</c> is set (off otherwise).
    /// Needs the durable ingest (IngestPipeline, IngestDispatcher) and an Orleans client.
    /// </summary>
    public static IServiceCollection AddJt808Gateway(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Jt808Options.Section);
        services.Configure<Jt808Options>(section);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<Jt808Metrics>();
        services.TryAddSingleton<Jt808Sessions>();
        services.TryAddSingleton(sp => new FixBatcher(
            sp.GetRequiredService<IngestPipeline>(),
            sp.GetRequiredService<IngestDispatcher>(),
            sp.GetRequiredService<IOptions<Jt808Options>>().Value.BatchWindow));
        services.TryAddSingleton<Jt808Gateway>();

        var options = section.Get<Jt808Options>() ?? new Jt808Options();
        if (options.Port is { } port)
        {
            services.AddGatewayListener<Jt808ConnectionHandler>("jt808", GatewayListeners.Endpoint(options.Address, port));
        }

        return services;
    }
}
