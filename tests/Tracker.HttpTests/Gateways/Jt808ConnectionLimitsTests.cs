using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Tracker.Gateways.Hosting;
using Tracker.Simulator.Protocols.Jt808;
using Tracker.Testing.Hosts;

namespace Tracker.HttpTests.Gateways;

/// <summary>
/// A gateway open to the field meets silent and misbehaving terminals: a connection that says nothing is closed,
/// one that keeps its heartbeat stays, and one terminal's flood of garbage does not hold up another's reports
/// (issue 14 item 1, robustness).
/// </summary>
public sealed class Jt808ConnectionLimitsTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private RunningHost? _host;
    private HostApi? _api;
    private int _port;

    private HostApi Api => _api!;

    public async Task InitializeAsync()
    {
        _host = await RunningHost.StartInMemoryAsync("--Gateways:Jt808:Port=0", "--Gateways:Jt808:IdleTimeout=00:00:02");
        _api = new HostApi(_host.Address);
        _port = _host.Services.GetServices<GatewayListener>().Single(l => l.Name == "jt808").BoundPort!.Value;
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
        }
    }

    public void Dispose() => _api?.Dispose();

    private static string Phone() => "1" + string.Concat(Enumerable.Range(0, 10).Select(_ => (char)('0' + Random.Shared.Next(10))));

    private async Task<Jt808Terminal> LoggedInAsync()
    {
        var phone = Phone();
        using var response = await Api.PostAsync("/api/v1/devices", Json.Obj(("terminalId", phone), ("protocol", "JT808"), ("lockId", Ids.Unique("lock"))), await Api.AdminAsync());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var terminal = await Jt808Terminal.Connect("127.0.0.1", _port, phone);
        Assert.NotNull(await terminal.Login());
        return terminal;
    }

    [Fact]
    public async Task A_terminal_that_says_nothing_past_the_idle_timeout_is_disconnected()
    {
        await using var terminal = await LoggedInAsync();
        using var wait = new CancellationTokenSource(Patience);

        // Nothing is sent: the next thing the terminal hears is the platform closing the connection.
        Assert.Null(await terminal.ReadReply(wait.Token));
    }

    [Fact]
    public async Task A_terminal_that_keeps_its_heartbeat_stays_connected_past_the_idle_timeout()
    {
        await using var terminal = await LoggedInAsync();

        // Three times the idle timeout, one heartbeat a second: each is answered on the same connection.
        for (var beat = 0; beat < 6; beat++)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            Assert.Equal(0, (await terminal.Heartbeat()).Result);
        }

        var fix = await terminal.Report(new Jt808Position(DateTimeOffset.UtcNow.AddSeconds(-5), 36.05, 120.28, Sealed: true));
        Assert.Equal(0, fix.Result);
    }

    [Fact]
    public async Task One_terminals_flood_of_garbage_does_not_hold_up_another_terminals_reports()
    {
        await using var flooder = await LoggedInAsync();
        await using var reporter = await LoggedInAsync();
        using var stop = new CancellationTokenSource();

        // Bytes that never make a frame (no 7E), as fast as the connection takes them, while the other reports.
        var garbage = Enumerable.Repeat((byte)0x55, 64 * 1024).ToArray();
        var flooding = Task.Run(async () =>
        {
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    await flooder.Send(garbage, stop.Token);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException)
            {
                // Stopped by the test, or the platform closed the flooder's connection: either is fine.
            }
        });

        var start = DateTimeOffset.UtcNow.AddMinutes(-1);
        using var wait = new CancellationTokenSource(Patience);
        for (var n = 0; n < 10; n++)
        {
            var reply = await reporter.Report(new Jt808Position(start.AddSeconds(n), 36.05 + (n * 0.001), 120.28, Sealed: true), wait.Token);
            Assert.Equal(0, reply.Result);
        }

        await stop.CancelAsync();
        await flooding;
    }
}
