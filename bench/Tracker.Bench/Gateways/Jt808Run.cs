using System.Diagnostics;
using System.Net.Http.Json;
using Tracker.Bench.Load;
using Tracker.Simulator.Protocols.Jt808;

namespace Tracker.Bench.Gateways;

/// <summary>
/// Item 2: JT/T 808 through the real host on the file store. Every lock is registered through the admin API, its
/// terminal opened from this process (one TCP connection each), registered and authenticated; then steady
/// reports every 10 s, then a burst in which each terminal sends its next fix as soon as the last is acknowledged.
/// An acknowledgement means the fix is journaled (fsynced) and applied, as a 202 of the HTTP ingest does.
/// </summary>
public sealed class Jt808Run(GatewayOptions options, LoadApi api, int port, GatewayFleet fleet)
{
    private const int Connecting = 200;
    private const int Registering = 64;
    private readonly Jt808Terminal?[] _terminals = new Jt808Terminal?[fleet.Count];
    private readonly int[] _step = new int[fleet.Count];

    /// <summary>The last fix time the burst used: later fixes (the HTTP ones) start after it, so every lock's fixes stay in time order.</summary>
    public DateTimeOffset LastFixTime { get; private set; }

    public int Held => _terminals.Count(t => t is not null);

    public async Task<List<Figure>> Run(List<string> notes)
    {
        var figures = new List<Figure>();
        figures.Add(await Register());
        figures.Add(await Open());
        var (steady, latency) = await Steady();
        figures.Add(steady);
        figures.Add(latency);
        var held = await HostMetrics.Sum(api, "tracker.gateways.jt808.connections.open");
        figures.Add(new Figure(
            "jt808_terminals_held", Held, "terminals",
            $"{Held:N0} of {fleet.Count:N0} terminals registered (0x0100), authenticated (0x0102) and still connected after the steady window; the host's gauge tracker.gateways.jt808.connections.open says {held:N0}; one TCP connection each, the bench and the host each in its own process (ulimit -n {Ulimit()})",
            Target: ">= 10,000", Met: options.Quick ? null : Held >= 10_000 && held >= 10_000));
        if (options.Quick)
        {
            notes.Add($"--quick: {fleet.Count:N0} terminals, so jt808_terminals_held is not judged against the 10,000 target.");
        }

        return figures;
    }

    private async Task<Figure> Register()
    {
        var latencies = new Latencies();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, fleet.Count), new ParallelOptions { MaxDegreeOfParallelism = Registering }, async (i, ct) =>
        {
            var started = clock.Elapsed;
            using var content = JsonContent.Create(new { terminalId = fleet.Phones[i], protocol = "JT808", lockId = fleet.Locks[i] });
            using var response = await api.Post("/api/v1/devices", content, api.Admin, ct);
            if (response.IsSuccessStatusCode)
            {
                latencies.Add((clock.Elapsed - started).TotalMilliseconds);
            }
            else
            {
                latencies.Fail($"POST /api/v1/devices {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
            }
        });
        var rate = latencies.Count / clock.Elapsed.TotalSeconds;
        RunLog.Say($"registered {latencies.Count:N0} devices at {rate:N0}/s, {latencies.Failed} failed {latencies.FirstProblem}");
        return new Figure(
            "device_registrations", rate, "/s",
            $"POST /api/v1/devices (admin; terminal id, JT808, lock id), {Registering} callers: {latencies.Count:N0} of {fleet.Count:N0} registered in {clock.Elapsed.TotalSeconds:0.0} s, {latencies.Failed} failed; p50 {latencies.P(50):0} ms, p99 {latencies.P(99):0} ms{Problem(latencies)}");
    }

    private async Task<Figure> Open()
    {
        var latencies = new Latencies();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, fleet.Count), new ParallelOptions { MaxDegreeOfParallelism = Connecting }, async (i, ct) =>
        {
            var started = clock.Elapsed;
            Jt808Terminal? terminal = null;
            try
            {
                terminal = await Jt808Terminal.Connect("127.0.0.1", port, fleet.Phones[i], cancellationToken: ct);
                if (await terminal.Login(ct) is null)
                {
                    latencies.Fail($"terminal {fleet.Phones[i]}: registration or authentication refused");
                    await terminal.DisposeAsync();
                    return;
                }

                _terminals[i] = terminal;
                latencies.Add((clock.Elapsed - started).TotalMilliseconds);
            }
            catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException)
            {
                latencies.Fail($"terminal {fleet.Phones[i]}: {e.Message}");
                if (terminal is not null)
                {
                    await terminal.DisposeAsync();
                }
            }
        });
        var rate = latencies.Count / clock.Elapsed.TotalSeconds;
        RunLog.Say($"{latencies.Count:N0} terminals logged in at {rate:N0}/s, {latencies.Failed} failed {latencies.FirstProblem}");
        return new Figure(
            "jt808_logins", rate, "/s",
            $"connect, 0x0100 register and 0x0102 authenticate, {Connecting} terminals at a time: {latencies.Count:N0} of {fleet.Count:N0} in {clock.Elapsed.TotalSeconds:0.0} s; p50 {latencies.P(50):0} ms, p99 {latencies.P(99):0} ms{Problem(latencies)}");
    }

    /// <summary>Each terminal reports every 10 s, the terminals' phases spread evenly over the 10 s, for the window.</summary>
    private async Task<(Figure Rate, Figure Latency)> Steady()
    {
        var window = TimeSpan.FromSeconds(options.SteadySeconds);
        var every = TimeSpan.FromSeconds(GatewayOptions.ReportEverySeconds);
        var latencies = new Latencies();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, fleet.Count).Where(i => _terminals[i] is not null).Select(async i =>
        {
            var phase = every * i / fleet.Count;
            for (var due = phase; due < window; due += every)
            {
                if (due > clock.Elapsed)
                {
                    await Task.Delay(due - clock.Elapsed);
                }

                // Latency from when the report was due: a terminal held back by the last one's late answer counts it.
                if (!await Report(i, DateTimeOffset.UtcNow, latencies, clock, due))
                {
                    return;
                }
            }
        }));
        var seconds = clock.Elapsed.TotalSeconds;
        var rate = latencies.Count / seconds;
        var expected = Held / (double)GatewayOptions.ReportEverySeconds;
        RunLog.Say($"steady: {latencies.Count:N0} fixes acknowledged in {seconds:0.0} s, {rate:N0}/s; p50 {latencies.P(50):0} ms, p99 {latencies.P(99):0} ms; {latencies.Failed} failed {latencies.FirstProblem}");
        var detail = $"{Held:N0} terminals each sending a 0x0200 every {GatewayOptions.ReportEverySeconds} s for {options.SteadySeconds} s (phases spread over the 10 s): {latencies.Count:N0} acknowledged (0x8001 after the journal's fsync), {latencies.Failed} failed{Problem(latencies)}";
        return (
            new Figure("jt808_steady", rate, "fixes/s", $"{detail}; ack p50 {latencies.P(50):0} ms, p99 {latencies.P(99):0} ms", "offered (terminals / 10 s)", expected, rate / expected),
            new Figure("jt808_steady_ack_latency", latencies.P(99), "ms p99", $"0x0200 sent to its 0x8001, timed from when the report was due; p50 {latencies.P(50):0} ms, max {latencies.P(100):0} ms; {detail}"));
    }

    /// <summary>Every terminal sends its fixes one after another, each as soon as the last is acknowledged.</summary>
    public async Task<(double Rate, Latencies Latencies, double Seconds)> Burst()
    {
        var latencies = new Latencies();
        var first = Whole(DateTimeOffset.UtcNow);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, fleet.Count).Where(i => _terminals[i] is not null).Select(async i =>
        {
            for (var k = 1; k <= options.BurstFixes; k++)
            {
                // A second apart, ahead of the clock by at most the burst's length (the host allows 2 minutes of skew):
                // the time is the fix's sequence number, so each is new and in order.
                if (!await Report(i, first.AddSeconds(k), latencies, clock, clock.Elapsed))
                {
                    return;
                }
            }
        }));
        var seconds = clock.Elapsed.TotalSeconds;
        LastFixTime = first.AddSeconds(options.BurstFixes);
        var rate = latencies.Count / seconds;
        RunLog.Say($"burst: {latencies.Count:N0} fixes acknowledged in {seconds:0.0} s, {rate:N0}/s; p50 {latencies.P(50):0} ms, p99 {latencies.P(99):0} ms; {latencies.Failed} failed {latencies.FirstProblem}");
        return (rate, latencies, seconds);
    }

    private async Task<bool> Report(int i, DateTimeOffset time, Latencies latencies, Stopwatch clock, TimeSpan started)
    {
        var terminal = _terminals[i]!;
        var (lat, lon) = fleet.At(i, _step[i]++);
        try
        {
            var reply = await terminal.Report(new Jt808Position(time, lat, lon, 60, 45, Sealed: true, BatteryPct: 87));
            if (reply.Result != 0)
            {
                latencies.Fail($"terminal {fleet.Phones[i]}: 0x8001 result {reply.Result}");
                return true;
            }

            latencies.Add((clock.Elapsed - started).TotalMilliseconds);
            return true;
        }
        catch (IOException e)
        {
            latencies.Fail($"terminal {fleet.Phones[i]}: {e.Message}");
            _terminals[i] = null;
            await terminal.DisposeAsync();
            return false;
        }
    }

    public async Task Close()
    {
        foreach (var terminal in _terminals)
        {
            if (terminal is not null)
            {
                await terminal.DisposeAsync();
            }
        }
    }

    private static DateTimeOffset Whole(DateTimeOffset t) => new(t.UtcTicks - (t.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    private static string Problem(Latencies l) => l.FirstProblem is { } p ? $"; the first failure: {p}" : "";

    private static string Ulimit()
    {
        try
        {
            var line = File.ReadLines("/proc/self/limits").FirstOrDefault(l => l.StartsWith("Max open files", StringComparison.Ordinal));
            return line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[3] ?? "unknown";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}
