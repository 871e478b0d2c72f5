using System.Buffers;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Logging;
using Tracker.Domain.Events;
using Tracker.Domain.Timing;
using Tracker.Gateways.Jt808.Framing;
using Tracker.Gateways.Jt808.Location;
using Tracker.Gateways.Jt808.Messages;
using Tracker.Grains.Devices;
using Tracker.Grains.Locks;
using Tracker.Grains.Vehicles;
using Tracker.Ingest.Batches;
using Tracker.Ingest.Pipeline;

namespace Tracker.Gateways.Jt808.Server;

/// <summary>
/// One terminal's TCP connection: register, authenticate, then heartbeats and locations, each acknowledged once
/// it is durable. Frames are handled one at a time, in order: while a location waits for the journal the session
/// reads nothing more, so a terminal that floods is held back by TCP (Kestrel's bounded input pipe) rather than
/// buffered.
/// </summary>
public sealed class Jt808Session(ConnectionContext connection, Jt808Gateway gateway)
{
    private readonly Jt808Framer _framer = new();
    private readonly Jt808Reassembler _parts = new(gateway.Options.SubpackageExpiry);
    private readonly List<Jt808Location> _batch = [];
    private string? _terminalId;
    private Jt808Addressee _to;
    private DeviceRecord? _device;
    private Jt808ModelSettings _model = gateway.Options.DefaultModel;
    private bool _authenticated;
    private ushort _serial;

    /// <summary>A seal reported once stays so until reported otherwise; a new connection starts from sealed.</summary>
    private SealState _seal = SealState.Sealed;
    private DateTimeOffset _latest = DateTimeOffset.MinValue;

    public async Task Run()
    {
        var metrics = gateway.Metrics;
        metrics.Connected();
        var input = connection.Transport.Input;
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(connection.ConnectionClosed);
        try
        {
            while (true)
            {
                idle.CancelAfter(gateway.Options.IdleTimeout);
                var read = await input.ReadAsync(idle.Token);
                var buffer = read.Buffer;
                var open = true;
                while (open)
                {
                    var status = _framer.TryRead(ref buffer, out var frame, out var drop);
                    if (status == Jt808ReadStatus.NeedMore)
                    {
                        break;
                    }

                    if (status == Jt808ReadStatus.Dropped)
                    {
                        metrics.Dropped(drop);
                        continue;
                    }

                    open = await Handle(frame);
                }

                input.AdvanceTo(buffer.Start, read.Buffer.End);
                if (!open || read.IsCompleted)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (idle.IsCancellationRequested && !connection.ConnectionClosed.IsCancellationRequested)
        {
            metrics.Closed("idle");
        }
        catch (Exception e) when (e is OperationCanceledException or ConnectionResetException or ConnectionAbortedException or IOException or InvalidOperationException)
        {
            // The terminal went away or was replaced by its own new connection.
        }
        catch (Exception e)
        {
            // A grain or the registry failed: the connection ends, the terminal reconnects and re-sends.
            gateway.Logger.LogWarning(e, "JT/T 808 connection of {Terminal} ended on an error", _terminalId);
            metrics.Closed("error");
        }
        finally
        {
            if (_terminalId is not null && _authenticated)
            {
                gateway.Sessions.Release(_terminalId, this);
            }

            metrics.Disconnected();
            // Returning closes the connection gracefully, after the replies already flushed.
            await input.CompleteAsync();
        }
    }

    /// <summary>The terminal logged in on another connection: this one is closed.</summary>
    public void Replace()
    {
        gateway.Metrics.Closed("replaced");
        connection.Abort(new ConnectionAbortedException("The terminal logged in on another connection."));
    }

    /// <summary>Handles one frame; false closes the connection.</summary>
    private async Task<bool> Handle(Jt808Frame frame)
    {
        var header = frame.Header;
        var body = frame.Body;
        if (header.IsSubpackage)
        {
            var whole = _parts.Add(header, body.Span, gateway.Clock.GetUtcNow(), out var refused);
            if (refused)
            {
                gateway.Metrics.Dropped(Jt808Drop.Unsupported);
                return true;
            }

            if (whole is null)
            {
                // A part is kept in memory only; the terminal sends the next one once this is acknowledged, and the
                // whole message is acknowledged (durably) with its last part.
                if (_authenticated)
                {
                    await Reply(header, Jt808Replies.Ok);
                }

                return true;
            }

            body = whole;
        }

        switch (header.MessageId)
        {
            case Jt808MessageIds.Register:
                return await OnRegister(header);
            case Jt808MessageIds.Authenticate:
                return await OnAuthenticate(header, body);
        }

        if (!_authenticated || !header.Phone.Span.SequenceEqual(_to.Phone.Span))
        {
            // Only a registered, authenticated terminal may report, and only for itself.
            gateway.Metrics.Closed("unauthenticated");
            return false;
        }

        switch (header.MessageId)
        {
            case Jt808MessageIds.Heartbeat:
                await Reply(header, Jt808Replies.Ok);
                return true;
            case Jt808MessageIds.TerminalResponse:
                return true;
            case Jt808MessageIds.Location:
                if (!Jt808LocationReader.TryRead(body.Span, out var location))
                {
                    gateway.Metrics.Dropped(Jt808Drop.BadBody);
                    await Reply(header, 2);
                    return true;
                }

                _batch.Clear();
                _batch.Add(location);
                return await Report(header, backfill: false);
            case Jt808MessageIds.LocationBatch:
                _batch.Clear();
                if (!Jt808LocationReader.TryReadBatch(body.Span, _batch, out var bad) || bad > 0)
                {
                    gateway.Metrics.Dropped(Jt808Drop.BadBody);
                }

                return await Report(header, backfill: true);
            default:
                gateway.Metrics.Dropped(Jt808Drop.Unsupported);
                await Reply(header, 3);
                return true;
        }
    }

    private async Task<bool> OnRegister(Jt808Header header)
    {
        var terminalId = header.TerminalId;
        var device = await Lookup(terminalId);
        Span<byte> body = stackalloc byte[64];
        int length;
        if (device is null)
        {
            gateway.Metrics.UnknownTerminal();
            length = Jt808Replies.Register(body, header.Serial, Jt808Replies.UnknownTerminal, null);
        }
        else
        {
            gateway.Metrics.Registered();
            length = Jt808Replies.Register(body, header.Serial, Jt808Replies.Ok, device.AuthCode);
        }

        await Send(Jt808MessageIds.RegisterResponse, Jt808Addressee.From(header), body[..length].ToArray());
        return true;
    }

    private async Task<bool> OnAuthenticate(Jt808Header header, ReadOnlyMemory<byte> body)
    {
        var terminalId = header.TerminalId;
        var to = Jt808Addressee.From(header);
        var ok = Jt808Auth.TryReadCode(body.Span, header.Is2019, out var code);
        var device = ok ? await Lookup(terminalId) : null;
        if (device is null || !string.Equals(device.AuthCode, code, StringComparison.Ordinal))
        {
            gateway.Metrics.AuthFailed();
            await Reply(header.Serial, header.MessageId, to, Jt808Replies.Failed);
            return true;
        }

        if (_authenticated && _terminalId != terminalId)
        {
            gateway.Sessions.Release(_terminalId!, this);
        }

        _terminalId = terminalId;
        _to = to;
        _device = device;
        _model = gateway.Options.Model(device.Model);
        _authenticated = true;
        gateway.Sessions.Bind(terminalId, this);
        await Reply(header.Serial, header.MessageId, to, Jt808Replies.Ok);
        return true;
    }

    private async Task<DeviceRecord?> Lookup(string terminalId)
    {
        var device = await gateway.Grains.GetGrain<IDeviceGrain>(terminalId).Get();
        return device is { Protocol: DeviceProtocol.Jt808 } && (device.LockId ?? device.VehicleId) is not null ? device : null;
    }

    /// <summary>
    /// Turns the decoded locations into fixes, has them journaled and applied, and only then acknowledges: a
    /// terminal that gets no 0x8001 sends again, and the re-send must find its fixes either stored or not at all.
    /// </summary>
    private async Task<bool> Report(Jt808Header header, bool backfill)
    {
        var device = _device!;
        var offset = _model.Offset();
        var now = gateway.Clock.GetUtcNow();
        List<LockFixItem> locks = [];
        List<VehicleFixItem> vehicles = [];
        var rejected = 0;
        foreach (var location in _batch)
        {
            var time = new DateTimeOffset(location.LocalTime, offset);
            var seal = Jt808Seal.Resolve(location, _model, _seal);
            if (!backfill && time >= _latest)
            {
                _latest = time;
                _seal = seal;
            }

            if (!Plausible(location, time, now))
            {
                rejected++;
                continue;
            }

            // The fix's own GPS time in Unix seconds is its sequence number. The header serial cannot be: it is 16
            // bits, wraps after 65,536 messages and restarts at 0 when the terminal reconnects, so it would number
            // different fixes alike and a re-sent fix differently. The time identifies the sample: a fix re-sent
            // because its acknowledgement was lost carries the same time, whatever its serial, and is a duplicate.
            var seq = time.ToUnixTimeSeconds();
            var speed = location.Speed / 10.0;
            double? speedKmh = speed <= 500 ? speed : null;
            double? heading = location.Direction < 360 ? location.Direction : null;
            if (device.LockId is { } lockId)
            {
                locks.Add(new LockFixItem(lockId, new LockFix(seq, time, location.Lat, location.Lon, speedKmh, heading, seal, location.BatteryPct)));
            }
            else
            {
                vehicles.Add(new VehicleFixItem(device.VehicleId!, new VehicleFix(seq, time, location.Lat, location.Lon, speedKmh, heading)));
            }
        }

        if (locks.Count + vehicles.Count > 0)
        {
            try
            {
                await gateway.Batcher.Submit(locks, vehicles, connection.ConnectionClosed);
            }
            catch (IngestUnavailableException e)
            {
                // Not durable, so not acknowledged: the terminal sends the report again.
                gateway.Logger.LogWarning("JT/T 808 report of {Terminal} not journaled: {Reason}", _terminalId, e.Message);
                return true;
            }
        }

        gateway.Metrics.Acked(locks.Count + vehicles.Count);
        if (rejected > 0)
        {
            gateway.Metrics.Rejected(rejected);
        }

        await Reply(header, Jt808Replies.Ok);
        return true;
    }

    /// <summary>
    /// A terminal without a fix sends zeros or a stale position; a clock ahead of the server's would make genuine
    /// fixes look late. Such reports are acknowledged (a re-send would be no better) but not kept.
    /// </summary>
    private static bool Plausible(in Jt808Location location, DateTimeOffset time, DateTimeOffset now) =>
        time >= SaneTimes.Earliest && time <= now + SaneTimes.FixClockSkew
        && location.Lat is >= -90 and <= 90 && location.Lon is >= -180 and <= 180
        && !(location.Lat == 0 && location.Lon == 0);

    private Task Reply(Jt808Header header, byte result) => Reply(header.Serial, header.MessageId, _to, result);

    private Task Reply(ushort serial, ushort messageId, Jt808Addressee to, byte result)
    {
        var body = new byte[5];
        Jt808Replies.General(body, serial, messageId, result);
        return Send(Jt808MessageIds.PlatformResponse, to, body);
    }

    private async Task Send(ushort messageId, Jt808Addressee to, byte[] body)
    {
        var output = connection.Transport.Output;
        Jt808Writer.Write(output, messageId, to, _serial++, body);
        await output.FlushAsync(connection.ConnectionClosed);
    }
}
