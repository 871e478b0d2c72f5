using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Tracker.Simulator.Client;

namespace Tracker.Simulator.Gateways;

/// <summary>
/// Sends what the chosen devices report through the host's device gateways, as a real port's devices would: a
/// share of the locks, trucks and trains (<see cref="Jt808Share"/>, chosen by device id) as JT/T 808 terminals,
/// and every vessel's AIS as NMEA sentences on one receiver connection. Whatever it does not take goes on as JSON.
/// </summary>
public sealed class DeviceGateways : IAsyncDisposable
{
    /// <summary>A journey's devices fall silent when it ends; their connections are closed after this long.</summary>
    private static readonly TimeSpan IdleClose = TimeSpan.FromMinutes(2);

    private readonly GatewayEndpoint? _jt808;
    private readonly NmeaFeed? _nmea;
    private readonly ConcurrentDictionary<string, Jt808Device> _terminals = new(StringComparer.Ordinal);
    private long _lastSweep = Environment.TickCount64;

    /// <param name="jt808">The host's JT/T 808 port; null: no device speaks JT/T 808.</param>
    /// <param name="nmea">The host's NMEA TCP listener; null: AIS stays JSON.</param>
    public DeviceGateways(GatewayEndpoint? jt808, double jt808Share, GatewayEndpoint? nmea, int staticEvery = 10)
    {
        _jt808 = jt808;
        Jt808Share = jt808 is null ? 0 : Math.Clamp(jt808Share, 0, 1);
        _nmea = nmea is null ? null : new NmeaFeed(nmea, staticEvery);
    }

    public double Jt808Share { get; }

    public bool NmeaVessels => _nmea is not null;

    /// <summary>The devices that have spoken JT/T 808 so far, by device id.</summary>
    public IReadOnlyDictionary<string, Jt808Device> Terminals => _terminals;

    /// <summary>NMEA sentences written to the host so far.</summary>
    public long NmeaSentences => _nmea?.Sentences ?? 0;

    public bool SpeaksJt808(string deviceId) => _jt808 is not null && DeviceChoice.SpeaksJt808(deviceId, Jt808Share);

    /// <summary>Sends the fixes of JT/T 808 locks; returns the others, for the JSON API.</summary>
    public Task<JsonArray> LockFixes(JsonArray fixes, TrackerClient api, CancellationToken cancellationToken) =>
        Fixes(fixes, "lockId", DeviceFix.FromLockFix, api, cancellationToken);

    /// <summary>Sends the fixes of JT/T 808 trucks and trains; returns the others, for the JSON API.</summary>
    public Task<JsonArray> VehicleFixes(JsonArray fixes, TrackerClient api, CancellationToken cancellationToken) =>
        Fixes(fixes, "vehicleId", DeviceFix.FromVehicleFix, api, cancellationToken);

    /// <summary>Writes the reports as NMEA when vessels speak it (none are left for JSON then).</summary>
    public async Task<JsonArray> Ais(JsonArray reports, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reports);
        if (_nmea is null)
        {
            return reports;
        }

        foreach (var report in reports)
        {
            await _nmea.Send(report!, cancellationToken);
        }

        return [];
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var terminal in _terminals.Values)
        {
            await terminal.DisposeAsync();
        }

        _terminals.Clear();
        if (_nmea is not null)
        {
            await _nmea.DisposeAsync();
        }
    }

    private async Task<JsonArray> Fixes(JsonArray fixes, string idField, Func<JsonNode, DeviceFix> read, TrackerClient api, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fixes);
        if (_jt808 is null)
        {
            return fixes;
        }

        var rest = new JsonArray();
        List<Task> sent = [];
        foreach (var fix in fixes)
        {
            var id = fix![idField]!.GetValue<string>();
            if (!SpeaksJt808(id))
            {
                rest.Add(fix.DeepClone());
                continue;
            }

            var device = read(fix);
            var terminal = _terminals.GetOrAdd(id, _ => new Jt808Device(id, device.IsLock, _jt808));
            sent.Add(terminal.Report(device, api, cancellationToken));
        }

        // A truck's locks report together, each on its own connection.
        await Task.WhenAll(sent);
        await CloseIdle();
        return rest;
    }

    private async Task CloseIdle()
    {
        var now = Environment.TickCount64;
        var last = Interlocked.Read(ref _lastSweep);
        if (now - last < IdleClose.TotalMilliseconds / 4 || Interlocked.CompareExchange(ref _lastSweep, now, last) != last)
        {
            return;
        }

        foreach (var (id, terminal) in _terminals)
        {
            if (terminal.Idle > IdleClose && _terminals.TryRemove(id, out var idle))
            {
                await idle.DisposeAsync();
            }
        }
    }
}
