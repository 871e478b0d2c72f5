using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Tracker.Ingest.Journal;
using Tracker.Simulator.Client;
using Tracker.Simulator.Journeys;
using Tracker.Simulator.Running;
using Tracker.Simulator.Scenario;

namespace Tracker.Silo.Simulation;

/// <summary>
/// A living port on first run: with Simulator:Enabled (the embedded default) the simulator
/// drives this host through its own public API, over HTTP, exactly as gateways would.
/// </summary>
public sealed partial class EmbeddedSimulator(
    IServer server,
    IHostApplicationLifetime lifetime,
    IIngestJournal journal,
    IssuerTokenSource tokens,
    IOptions<SimulatorOptions> options,
    ILogger<EmbeddedSimulator> logger) : BackgroundService
{
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
        var context = new JourneyContext(new TrackerClient(http, tokens), options.Value, ScenarioData.Load());
        LogStarting(http.BaseAddress, options.Value.TimeScale);
        await new Tracker.Simulator.Running.Simulation(context, message => LogJourney(message)).RunContinuously(stoppingToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Simulator driving {Address} at {Scale}x (Simulator:Enabled=false turns it off)")]
    private partial void LogStarting(Uri address, double scale);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Simulator: {Message}")]
    private partial void LogJourney(string message);
}
