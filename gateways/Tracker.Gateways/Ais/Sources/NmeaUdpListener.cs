using System.Buffers;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tracker.Gateways.Hosting;
using Tracker.Grains.Vessels;

namespace Tracker.Gateways.Ais.Sources;

/// <summary>
/// The UDP listener (<c>Gateways:Nmea:UdpPort</c>), the way AIS receivers usually forward. The datagrams already
/// waiting when one arrives are gathered into one batch, so a busy receiver costs one journal write per burst.
/// </summary>
public sealed class NmeaUdpListener(NmeaDecoders decoders, NmeaIngest ingest, TimeProvider clock, IOptions<NmeaGatewayOptions> options, ILogger<NmeaUdpListener> log) : BackgroundService
{
    private readonly TaskCompletionSource<int> _bound = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The port bound (the one picked when configured as 0), once listening.</summary>
    public Task<int> BoundPort => _bound.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        var endpoint = GatewayListeners.Endpoint(o.Address, o.UdpPort ?? 0);
        using var socket = new Socket(endpoint.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        try
        {
            socket.Bind(endpoint);
        }
        catch (SocketException e)
        {
            _bound.TrySetException(e);
            log.LogError(e, "NMEA UDP listener could not bind {Endpoint}", endpoint);
            return;
        }

        _bound.TrySetResult(((IPEndPoint)socket.LocalEndPoint!).Port);
        log.LogInformation("NMEA UDP listener on {Endpoint}", socket.LocalEndPoint);
        var decoder = decoders.Create();
        var buffer = new byte[ushort.MaxValue];
        while (!stoppingToken.IsCancellationRequested)
        {
            var reports = new List<AisReport>();
            try
            {
                var n = await socket.ReceiveAsync(buffer, SocketFlags.None, stoppingToken);
                Decode(decoder, buffer, n, reports);
                while (socket.Available > 0 && reports.Count < o.UdpBatchReports)
                {
                    n = socket.Receive(buffer);
                    Decode(decoder, buffer, n, reports);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (SocketException e)
            {
                // An ICMP "port unreachable" for an earlier send surfaces here on some systems: not fatal.
                log.LogDebug("NMEA UDP receive: {Error}", e.Message);
            }

            await ingest.Submit(reports, stoppingToken);
        }
    }

    private void Decode(Assembly.NmeaDecoder decoder, byte[] buffer, int length, List<AisReport> reports) =>
        NmeaPump.DecodeLines(decoder, new ReadOnlySequence<byte>(buffer, 0, length), completed: true, clock.GetUtcNow(), reports);
}
