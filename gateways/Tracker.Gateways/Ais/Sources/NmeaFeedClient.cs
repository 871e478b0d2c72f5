using System.IO.Pipelines;
using System.Net.Sockets;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Tracker.Gateways.Ais.Sources;

/// <summary>
/// Connects to each feed of <c>Gateways:Nmea:Feeds</c> and reads sentences from it; a lost or refused connection
/// is tried again after a wait that doubles up to a ceiling, and falls back once a connection has carried data.
/// </summary>
public sealed class NmeaFeedClient(NmeaDecoders decoders, NmeaIngest ingest, TimeProvider clock, IOptions<NmeaGatewayOptions> options, ILogger<NmeaFeedClient> log) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(options.Value.FeedEndpoints().Select(feed => Follow(feed.Host, feed.Port, stoppingToken)));

    private async Task Follow(string host, int port, CancellationToken stop)
    {
        var o = options.Value;
        var wait = o.ReconnectMin;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                using var tcp = new TcpClient();
                await tcp.ConnectAsync(host, port, stop);
                log.LogInformation("NMEA feed {Host}:{Port} connected", host, port);
                wait = o.ReconnectMin;
                var input = PipeReader.Create(tcp.GetStream());
                await NmeaPump.Run(input, decoders.Create(), ingest, clock, stop);
                await input.CompleteAsync();
                log.LogInformation("NMEA feed {Host}:{Port} closed the connection", host, port);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is SocketException or IOException)
            {
                log.LogWarning("NMEA feed {Host}:{Port}: {Error}; trying again in {Wait}", host, port, e.Message, wait);
            }

            try
            {
                await Task.Delay(wait, clock, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, o.ReconnectMax.Ticks));
        }
    }
}
