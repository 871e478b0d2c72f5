using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using System.Net;
using Microsoft.Extensions.Options;
using Tracker.Gateways.Hosting;
using Tracker.Ingest.Journal;
using Tracker.Simulator.Client;
using Tracker.Simulator.Gateways;
using Tracker.Simulator.Journeys;
using Tracker.Simulator.Running;
using Tracker.Simulator.Scenario;

namespace Tracker.Silo.Simulation;

/// <summary>
/// A living port on first run: with Simulator:Enabled (the embedded default) the simulator
/// drives this host through its own public API, over HTTP, exactly as gateways would, and
/// through this host's device gateways when they listen: a share of its locks and vehicles
/// (Simulator:Jt808Share) as JT/T 808 terminals, its vessels (Simulator:NmeaVessels) as an
/// AIS receiver's NMEA feed.
/// </summary>
public sealed partial class EmbeddedSimulator(
    IServer server,
    IHostApplicationLifetime lifetime,
    IIngestJournal journal,
    IssuerTokenSource tokens,
    IEnumerable<GatewayListener> gateways,
    IOptions<SimulatorOptions> options,
    ILogger<EmbeddedSimulator> logger) : BackgroundService
{
    /// <summary>The names the JT/T 808 and NMEA gateways give their listeners.</summary>
    private const string Jt808Listener = "jt808";
    private const string NmeaListener = "nmea-tcp";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        // The server's address is known once it listens; the journal must be replayed first.
        var started = new TaskCompletionSource();
        using var registration = lifetime.ApplicationStarted.Register(started.SetResult);
        await started.Task.WaitAsync(stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        while (!journal.IsReady && !stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(200, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null || stoppingToken.IsCancellationRequested)
        {
            return;
        }

        using var http = new HttpClient { BaseAddress = new Uri(address.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).Replace("[::]", "127.0.0.1", StringComparison.Ordinal)) };
        var o = options.Value;
        var jt808 = Listening(Jt808Listener);
        var nmea = o.NmeaVessels ? Listening(NmeaListener) : null;
        await using var devices = new DeviceGateways(jt808, o.Jt808Share, nmea, o.NmeaStaticEvery);
        var context = new JourneyContext(new TrackerClient(http, tokens, devices), o, ScenarioData.Load());
        LogStarting(http.BaseAddress, o.TimeScale);
        LogGateways(jt808 is null ? "off" : $"{devices.Jt808Share:P0} of locks and vehicles on {jt808}", nmea is null ? "off" : $"vessels on {nmea}");
        await new Tracker.Simulator.Running.Simulation(context, message => LogJourney(message)).RunContinuously(stoppingToken);
    }

    /// <summary>Where this host's gateway listens, on the loopback when it listens on every address; null when it is off.</summary>
    private GatewayEndpoint? Listening(string name)
    {
        if (gateways.FirstOrDefault(g => g.Name == name) is not { } listener)
        {
            return null;
        }

        var host = listener.Endpoint.Address.Equals(IPAddress.Any) || listener.Endpoint.Address.Equals(IPAddress.IPv6Any)
            ? IPAddress.Loopback
            : listener.Endpoint.Address;
        return new GatewayEndpoint(host.ToString(), listener.BoundPort ?? listener.Endpoint.Port);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Simulator driving {Address} at {Scale}x (Simulator:Enabled=false turns it off)")]
    private partial void LogStarting(Uri address, double scale);

    [LoggerMessage(Level = LogLevel.Information, Message = "Simulator devices: JT/T 808 {Jt808}; NMEA {Nmea} (the rest as JSON)")]
    private partial void LogGateways(string jt808, string nmea);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Simulator: {Message}")]
    private partial void LogJourney(string message);
}
