using System.Net.Sockets;
using System.Text.Json.Nodes;
using Tracker.Simulator.Client;
using Tracker.Simulator.Protocols.Jt808;

namespace Tracker.Simulator.Gateways;

/// <summary>
/// One simulated lock or vehicle terminal on the host's JT/T 808 port. Registered once through the admin API, it
/// connects, registers (0x0100), authenticates (0x0102) and reports each fix as a 0x0200, returning once the
/// gateway has acknowledged it, which the gateway does only when the fix is durable. A fix not acknowledged in
/// time is sent again on a new connection, as a real terminal would: the fix's own time identifies it, so the
/// gateway takes the re-send as a duplicate.
/// </summary>
public sealed class Jt808Device(string deviceId, bool isLock, GatewayEndpoint gateway) : IAsyncDisposable
{
    private const int Attempts = 6;

    /// <summary>The gateway acknowledges once the journal has the fix: seconds at worst while the host starts.</summary>
    private static readonly TimeSpan AckTimeout = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim _one = new(1, 1);
    private Jt808Terminal? _terminal;
    private bool _registered;
    private DateTimeOffset _lastTime = DateTimeOffset.MinValue;
    private long _lastUsed = Environment.TickCount64;

    public string DeviceId => deviceId;

    public string TerminalId { get; } = DeviceChoice.TerminalId(deviceId);

    /// <summary>Connections made, the first included: more than one means a connection was lost and re-made.</summary>
    public int Connections { get; private set; }

    public TimeSpan Idle => TimeSpan.FromMilliseconds(Environment.TickCount64 - Interlocked.Read(ref _lastUsed));

    /// <summary>Sends one fix and waits for its acknowledgement (re-sending as needed).</summary>
    public async Task Report(DeviceFix fix, TrackerClient api, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fix);
        ArgumentNullException.ThrowIfNull(api);
        await _one.WaitAsync(cancellationToken);
        try
        {
            Interlocked.Exchange(ref _lastUsed, Environment.TickCount64);
            if (!_registered)
            {
                await api.RegisterDevice(Registration(), cancellationToken);
                _registered = true;
            }

            var time = await NextTime(fix.Time, cancellationToken);
            await Send(Jt808Report.Body(fix, time, TerminalId), cancellationToken);
            _lastTime = time;
        }
        finally
        {
            Interlocked.Exchange(ref _lastUsed, Environment.TickCount64);
            _one.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _one.WaitAsync();
        try
        {
            await Disconnect();
        }
        finally
        {
            // Not disposed: a report racing the idle sweep may still wait on it, and then simply connects again.
            _one.Release();
        }
    }

    private JsonObject Registration() => isLock
        ? new JsonObject { ["terminalId"] = TerminalId, ["protocol"] = "JT808", ["lockId"] = deviceId }
        : new JsonObject { ["terminalId"] = TerminalId, ["protocol"] = "JT808", ["vehicleId"] = deviceId };

    /// <summary>
    /// The fix's time to the second, as the protocol carries it, and later than the last one sent: the gateway numbers
    /// a terminal's fixes by their time, so two in one second would be one. A simulation faster than a report a
    /// second waits for the next second rather than lose a fix.
    /// </summary>
    private async Task<DateTimeOffset> NextTime(DateTimeOffset time, CancellationToken cancellationToken)
    {
        var second = new DateTimeOffset(time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        if (second <= _lastTime)
        {
            second = _lastTime.AddSeconds(1);
        }

        var ahead = second - DateTimeOffset.UtcNow;
        if (ahead > TimeSpan.Zero)
        {
            await Task.Delay(ahead, cancellationToken);
        }

        return second;
    }

    private async Task Send(byte[] body, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(AckTimeout);
            try
            {
                var terminal = _terminal ?? await Connect(timeout.Token);
                var reply = await terminal.Ask(Jt808Bodies.Location, body, timeout.Token);
                if (reply.Result != 0)
                {
                    throw new SimulatorException($"The JT/T 808 gateway refused the fix of {deviceId} (terminal {TerminalId}) with result {reply.Result}.");
                }

                return;
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // Lost, refused or not acknowledged in time: a new connection, a new login, the same fix again.
                await Disconnect();
                if (attempt == Attempts)
                {
                    throw new SimulatorException($"The JT/T 808 gateway at {gateway} did not acknowledge the fix of {deviceId} (terminal {TerminalId}) after {Attempts} attempts: {e.Message}");
                }

                await Task.Delay(TimeSpan.FromMilliseconds(250 << attempt), cancellationToken);
            }
        }
    }

    private async Task<Jt808Terminal> Connect(CancellationToken cancellationToken)
    {
        var terminal = await Jt808Terminal.Connect(gateway.Host, gateway.Port, TerminalId, cancellationToken: cancellationToken);
        Connections++;
        try
        {
            if (await terminal.Login(cancellationToken) is null)
            {
                throw new SimulatorException($"The JT/T 808 gateway at {gateway} refused terminal {TerminalId} ({deviceId}) although it is registered.");
            }
        }
        catch
        {
            await terminal.DisposeAsync();
            throw;
        }

        _terminal = terminal;
        return terminal;
    }

    private async Task Disconnect()
    {
        if (_terminal is { } terminal)
        {
            _terminal = null;
            await terminal.DisposeAsync();
        }
    }
}
