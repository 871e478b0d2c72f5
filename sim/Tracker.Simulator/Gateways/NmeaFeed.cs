using System.Globalization;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Tracker.Simulator.Gateways;

/// <summary>
/// An AIS receiver on the host's NMEA TCP listener, as AIS-catcher would be: one connection carrying every vessel's
/// sentences, a position (type 1) per report and, every <paramref name="staticEvery"/> reports of a vessel (its
/// first included), its static and voyage data (type 5: IMO, name, destination, ETA). NMEA has no acknowledgement;
/// a connection lost is made again and the report that failed is written on the new one.
/// </summary>
public sealed class NmeaFeed(GatewayEndpoint listener, int staticEvery) : IAsyncDisposable
{
    private const int Attempts = 6;

    private readonly SemaphoreSlim _one = new(1, 1);
    private readonly Dictionary<string, int> _reports = new(StringComparer.Ordinal);
    private TcpClient? _client;
    private NetworkStream? _stream;
    private long _sentences;
    private int _sequence;

    public long Sentences => Interlocked.Read(ref _sentences);

    public int Connections { get; private set; }

    public async Task Send(JsonNode report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var mmsi = report["mmsi"]!.GetValue<string>();
        await _one.WaitAsync(cancellationToken);
        try
        {
            _reports.TryGetValue(mmsi, out var count);
            _reports[mmsi] = count + 1;
            var lines = new List<string>(AisSentences.Position(report));
            if (count % Math.Max(1, staticEvery) == 0)
            {
                // After the position: the gateway stamps both with their arrival and would take a static report at
                // that time and the position after it as one report.
                lines.AddRange(AisSentences.StaticVoyage(report, (_sequence++ % 9) + 1));
            }

            await Write(Encoding.ASCII.GetBytes(string.Concat(lines.Select(l => l + "\r\n"))), cancellationToken);
            Interlocked.Add(ref _sentences, lines.Count);
        }
        finally
        {
            _one.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _one.WaitAsync();
        try
        {
            Disconnect();
        }
        finally
        {
            _one.Release();
        }
    }

    private async Task Write(byte[] bytes, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (_stream is null)
                {
                    var client = new TcpClient { NoDelay = true };
                    try
                    {
                        await client.ConnectAsync(listener.Host, listener.Port, cancellationToken);
                    }
                    catch
                    {
                        client.Dispose();
                        throw;
                    }

                    (_client, _stream) = (client, client.GetStream());
                    Connections++;
                }

                await _stream.WriteAsync(bytes, cancellationToken);
                return;
            }
            catch (Exception e) when (e is IOException or SocketException)
            {
                Disconnect();
                if (attempt == Attempts)
                {
                    throw new Client.SimulatorException(string.Create(CultureInfo.InvariantCulture, $"The NMEA listener at {listener} took no sentences after {Attempts} attempts: {e.Message}"));
                }

                await Task.Delay(TimeSpan.FromMilliseconds(250 << attempt), cancellationToken);
            }
        }
    }

    private void Disconnect()
    {
        _stream?.Dispose();
        _client?.Dispose();
        (_client, _stream) = (null, null);
    }
}
