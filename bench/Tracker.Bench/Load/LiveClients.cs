using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Tracker.Bench.Load;

/// <summary>
/// SignalR clients of /hubs/live, signed in as the control center and spread over the views a
/// control room watches, on one protocol (JSON or MessagePack). Each counts the delta items it receives
/// and their bytes and, while recording, how long after its fix (the item's time, stamped by the
/// generator as it sent it) each arrived.
/// </summary>
public sealed class LiveClients : IAsyncDisposable
{
    private readonly List<HubConnection> _connections = [];
    private readonly List<double> _latencies = [];
    private readonly Dictionary<string, long[]> _byView = new(StringComparer.Ordinal);
    private long _items;
    private long _messages;
    private long _bytes;
    private volatile bool _recording;

    public long Items => Interlocked.Read(ref _items);

    public long Messages => Interlocked.Read(ref _messages);

    /// <summary>The deltas' items as they came on the wire: the JSON array's UTF-8, or the MessagePack array's bytes.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>
    /// Connects and subscribes <paramref name="count"/> clients as a deployment has them: a few control-room
    /// screens on the whole map (overview, road: 1 in 25 each), some on the alerts (1 in 10), and most on the
    /// containers they follow (one container view each). Every whole-map screen receives every object's moves.
    /// </summary>
    public static async Task<(LiveClients Clients, TimeSpan Took)> Connect(LoadApi api, int count, IReadOnlyList<Transit> transits, HubProtocol protocol)
    {
        var clients = new LiveClients();
        var clock = Stopwatch.StartNew();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                var view = (i % 50) switch
                {
                    0 or 25 => "overview",
                    1 or 26 => "road",
                    2 or 7 or 12 or 17 or 22 => "alerts",
                    _ => $"container:{transits[i * 7919 % transits.Count].Containers[i % LoadOptions.LocksPerTransit]}",
                };
                await clients.Add(api, view, protocol);
            }
        }));
        return (clients, clock.Elapsed);
    }

    /// <summary>Messages and items received so far by the clients of each kind of view (overview, road, alerts, container).</summary>
    public IReadOnlyDictionary<string, (long Messages, long Items)> ByView()
    {
        lock (_byView)
        {
            return _byView.ToDictionary(v => v.Key, v => (v.Value[0], v.Value[1]), StringComparer.Ordinal);
        }
    }

    public void Record(bool on)
    {
        lock (_latencies)
        {
            if (on)
            {
                _latencies.Clear();
            }
        }

        _recording = on;
    }

    public IReadOnlyCollection<double> Latencies()
    {
        lock (_latencies)
        {
            return [.. _latencies];
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(_connections.Select(c => c.DisposeAsync().AsTask()));
    }

    /// <summary>
    /// The time from one control client's Subscribe("overview") to its snapshot, and the snapshot's size:
    /// what a control room waits for when it opens the map, and the snapshot's bytes on the wire.
    /// </summary>
    public static async Task<(TimeSpan Took, int Items, long Bytes)> OverviewSnapshot(LoadApi api, HubProtocol protocol)
    {
        var received = new TaskCompletionSource<(int, long)>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(api.Address, "/hubs/live"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(api.Control))
            .With(protocol)
            .Build();
        if (protocol == HubProtocol.MessagePack)
        {
            connection.On<string, PackedItems>("snapshot", (_, items) => received.TrySetResult((items.Items.Length, items.Bytes)));
        }
        else
        {
            connection.On<string, JsonElement>("snapshot", (_, items) => received.TrySetResult((items.GetArrayLength(), JsonMarshal.GetRawUtf8Value(items).Length)));
        }

        await connection.StartAsync();
        var clock = Stopwatch.StartNew();
        await connection.InvokeAsync("Subscribe", "overview");
        var (count, bytes) = await received.Task.WaitAsync(TimeSpan.FromMinutes(5));
        return (clock.Elapsed, count, bytes);
    }

    private async Task Add(LoadApi api, string view, HubProtocol protocol)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(api.Address, "/hubs/live"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(api.Control))
            .With(protocol)
            .Build();
        var viewKind = view.StartsWith("container:", StringComparison.Ordinal) ? "container" : view;
        if (protocol == HubProtocol.MessagePack)
        {
            connection.On<string, PackedItems>("deltas", (_, items) => Received(viewKind, items));
        }
        else
        {
            connection.On<string, JsonElement>("deltas", (_, items) => Received(viewKind, items));
        }

        lock (_connections)
        {
            _connections.Add(connection);
        }

        await connection.StartAsync();

        // A host that cannot answer a subscription in time says "try again in a few seconds": as the app does,
        // try again; a client that never gets its snapshot is counted, not allowed to end the run.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await connection.InvokeAsync("Subscribe", view);
                return;
            }
            catch (HubException) when (attempt < 3)
            {
                await Task.Delay(TimeSpan.FromSeconds(2));
            }
            catch (HubException)
            {
                Interlocked.Increment(ref _refused);
                return;
            }
        }
    }

    /// <summary>Clients whose subscription the host refused three times.</summary>
    public int Refused => Volatile.Read(ref _refused);

    private int _refused;

    private void Received(string viewKind, JsonElement items)
    {
        var now = DateTimeOffset.UtcNow;
        if (!Count(viewKind, items.GetArrayLength(), JsonMarshal.GetRawUtf8Value(items).Length))
        {
            return;
        }

        var measured = new List<double>();
        foreach (var item in items.EnumerateArray())
        {
            // Lock and truck items carry their fix's time; a consignment's or container's may carry an older one.
            if (item.TryGetProperty("kind", out var kind) && kind.GetString() is "LOCK" or "VEHICLE" or "lock" or "vehicle"
                && item.TryGetProperty("time", out var time) && time.TryGetDateTimeOffset(out var at))
            {
                measured.Add((now - at).TotalMilliseconds);
            }
        }

        Measured(measured);
    }

    /// <summary>The same items in MessagePack: maps of the same names, the time a timestamp (a UTC DateTime).</summary>
    private void Received(string viewKind, PackedItems items)
    {
        var now = DateTimeOffset.UtcNow;
        if (!Count(viewKind, items.Items.Length, items.Bytes))
        {
            return;
        }

        var measured = new List<double>();
        foreach (var item in items.Items)
        {
            if (item is IDictionary<object, object?> fields
                && fields.TryGetValue("kind", out var kind) && kind is "LOCK" or "VEHICLE"
                && fields.TryGetValue("time", out var time) && time is DateTime at)
            {
                measured.Add((now - new DateTimeOffset(at, TimeSpan.Zero)).TotalMilliseconds);
            }
        }

        Measured(measured);
    }

    /// <summary>Counts a message; true while recording latencies.</summary>
    private bool Count(string viewKind, int items, long bytes)
    {
        Interlocked.Increment(ref _messages);
        Interlocked.Add(ref _items, items);
        Interlocked.Add(ref _bytes, bytes);
        lock (_byView)
        {
            if (!_byView.TryGetValue(viewKind, out var counts))
            {
                _byView[viewKind] = counts = new long[2];
            }

            counts[0]++;
            counts[1] += items;
        }

        return _recording;
    }

    private void Measured(List<double> measured)
    {
        lock (_latencies)
        {
            _latencies.AddRange(measured);
        }
    }
}
