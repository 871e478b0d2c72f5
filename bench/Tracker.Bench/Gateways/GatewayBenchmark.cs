using System.Diagnostics;
using Tracker.Bench.Load;
using Tracker.Testing.Network;

namespace Tracker.Bench.Gateways;

/// <summary>
/// The gateways scenario (issue 14 item 4): the decoders in process, then JT/T 808 terminals and an NMEA feed
/// through the real host on the file store, each beside the HTTP ingest of the same run.
/// </summary>
public static class GatewayBenchmark
{
    /// <summary>dotnet run --project bench/Tracker.Bench -c Release -- gateways [--quick] [--terminals N] [--seconds S] [--burst K] [--out PATH]</summary>
    public static async Task<int> Run(string[] args)
    {
        var options = GatewayOptions.Parse(args);
        var clock = Stopwatch.StartNew();
        var notes = new List<string>();
        Console.WriteLine($"gateways: {(options.Quick ? "quick" : "full")} run, {options.Terminals:N0} terminals, {options.SteadySeconds} s steady, burst of {options.BurstFixes} fixes each, {options.HttpSeconds} s HTTP windows");

        var figures = DecodeCost.Run(options);

        var jt808Port = FreePort.Next();
        var nmeaPort = FreePort.Next();
        await using (var host = await LoadHost.Start("file", extraArgs: [$"--Gateways:Jt808:Port={jt808Port}", "--Gateways:Jt808:Address=127.0.0.1", $"--Gateways:Nmea:TcpPort={nmeaPort}"]))
        {
            RunLog.Say($"file store host at {host.Address}, JT/T 808 on {jt808Port}, NMEA on {nmeaPort}");
            try
            {
                using var api = await LoadApi.Connect(host.Address);
                var fleet = new GatewayFleet(options.Terminals, new Random(14));
                var jt808 = new Jt808Run(options, api, jt808Port, fleet);
                try
                {
                    figures.AddRange(await jt808.Run(notes));
                    var cpu = new CpuSplit(host);
                    var (burstRate, burst, burstSeconds) = await jt808.Burst();
                    var burstCpu = cpu.Since(burst.Count);

                    // The same locks over HTTP right after, at full speed, after a short unmeasured warm-up of that path.
                    var http = new HttpLockIngest(api, fleet, options.Senders);
                    await http.FlatOut(jt808.LastFixTime, TimeSpan.FromSeconds(2));
                    cpu = new CpuSplit(host);
                    var (httpRate, httpLatencies, httpSeconds, accepted) = await http.FlatOut(jt808.LastFixTime, TimeSpan.FromSeconds(options.HttpSeconds));
                    var httpCpu = cpu.Since(accepted);
                    RunLog.Say($"HTTP lock fixes: {accepted:N0} in {httpSeconds:0.0} s, {httpRate:N0}/s; p50 {httpLatencies.P(50):0} ms, p99 {httpLatencies.P(99):0} ms; {httpLatencies.Failed} failed {httpLatencies.FirstProblem}");
                    var httpFigure = new Figure(
                        "http_lock_fixes", httpRate, "fixes/s",
                        $"POST /api/v1/ingest/lock-fixes for the same {fleet.Count:N0} locks, {options.Senders} callers flat out, batches of {GatewayOptions.BatchSize}, file store (202 after the journal's fsync): {accepted:N0} accepted in {httpSeconds:0.0} s, {httpLatencies.Failed} calls failed; p50 {httpLatencies.P(50):0} ms, p99 {httpLatencies.P(99):0} ms; {httpCpu}");
                    figures.Add(Figure.AgainstBaseline(
                        "jt808_burst", burstRate, "fixes/s",
                        $"{jt808.Held:N0} terminals each sending {options.BurstFixes} 0x0200 one after another, the next as soon as the last is acknowledged (after the journal's fsync): {burst.Count:N0} acknowledged in {burstSeconds:0.0} s, {burst.Failed} failed; ack p50 {burst.P(50):0} ms, p99 {burst.P(99):0} ms; {burstCpu}",
                        "http_lock_fixes", httpRate, 0.7));
                    figures.Add(httpFigure);
                }
                finally
                {
                    await jt808.Close();
                }

                figures.AddRange(await NmeaRun.Run(options, api, nmeaPort, notes));
            }
            catch
            {
                Console.Error.WriteLine(host.Log);
                throw;
            }
        }

        notes.Add($"The run took {clock.Elapsed.TotalSeconds:0} s.");
        var report = new LoadReport(DateTimeOffset.UtcNow, Machine.Commit(), Machine.Now(), options, notes, figures);
        await report.Publish(options.Out);
        return 0;
    }
}
