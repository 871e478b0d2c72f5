using System.Diagnostics.Metrics;
using Tracker.Gateways.Jt808.Framing;

namespace Tracker.Gateways.Jt808.Server;

/// <summary>
/// The gateway's counters on the "Tracker.Gateways" meter (the silo exports it with its other metrics). Totals
/// are kept beside the instruments so that a test or a log line can read them without a listener.
/// </summary>
public sealed class Jt808Metrics : IDisposable
{
    public const string MeterName = "Tracker.Gateways";

    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _connections;
    private readonly UpDownCounter<long> _open;
    private readonly Counter<long> _registered;
    private readonly Counter<long> _unknown;
    private readonly Counter<long> _authFailed;
    private readonly Counter<long> _dropped;
    private readonly Counter<long> _closed;
    private readonly Counter<long> _acked;
    private readonly Counter<long> _rejected;
    private long _unknownTotal;
    private long _droppedTotal;
    private long _ackedTotal;
    private long _closedTotal;

    public Jt808Metrics()
    {
        _connections = _meter.CreateCounter<long>("tracker.gateways.jt808.connections", description: "TCP connections accepted");
        _open = _meter.CreateUpDownCounter<long>("tracker.gateways.jt808.connections.open", description: "TCP connections open now");
        _registered = _meter.CreateCounter<long>("tracker.gateways.jt808.registered", description: "0x0100 registrations answered with result 0");
        _unknown = _meter.CreateCounter<long>("tracker.gateways.jt808.unknown_terminals", description: "registrations refused: terminal not in the registry");
        _authFailed = _meter.CreateCounter<long>("tracker.gateways.jt808.auth_failed", description: "0x0102 with a wrong code");
        _dropped = _meter.CreateCounter<long>("tracker.gateways.jt808.frames_dropped", description: "frames and messages dropped, by reason");
        _closed = _meter.CreateCounter<long>("tracker.gateways.jt808.connections_closed", description: "connections the gateway closed, by reason");
        _acked = _meter.CreateCounter<long>("tracker.gateways.jt808.fixes_acked", description: "fixes journaled and acknowledged");
        _rejected = _meter.CreateCounter<long>("tracker.gateways.jt808.fixes_rejected", description: "fixes acknowledged but not kept (impossible time or position)");
    }

    public long UnknownTerminals => Interlocked.Read(ref _unknownTotal);

    public long FramesDropped => Interlocked.Read(ref _droppedTotal);

    public long FixesAcked => Interlocked.Read(ref _ackedTotal);

    public long ConnectionsClosed => Interlocked.Read(ref _closedTotal);

    public void Connected()
    {
        _connections.Add(1);
        _open.Add(1);
    }

    public void Disconnected() => _open.Add(-1);

    public void Registered() => _registered.Add(1);

    public void UnknownTerminal()
    {
        Interlocked.Increment(ref _unknownTotal);
        _unknown.Add(1);
    }

    public void AuthFailed() => _authFailed.Add(1);

    public void Dropped(Jt808Drop reason)
    {
        Interlocked.Increment(ref _droppedTotal);
        _dropped.Add(1, new KeyValuePair<string, object?>("reason", reason.Label()));
    }

    public void Closed(string reason)
    {
        Interlocked.Increment(ref _closedTotal);
        _closed.Add(1, new KeyValuePair<string, object?>("reason", reason));
    }

    public void Acked(int fixes)
    {
        Interlocked.Add(ref _ackedTotal, fixes);
        _acked.Add(fixes);
    }

    public void Rejected(int fixes) => _rejected.Add(fixes);

    public void Dispose() => _meter.Dispose();
}
