using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tracker.Bench.Browser;
using Tracker.Silo.Hosting;
using static Tracker.Bench.CommandLine;

namespace Tracker.Bench.MapFps;

/// <summary>
/// The app's own map page with 10,000 markers moving at 2 reports a second, fed with synthetic
/// deltas through the same store the live hub feeds, against a baseline in the same run: the same
/// page with an empty marker layer. Two views: the region (crowded cells become bubbles) and a
/// close-up where every marker is drawn on its own.
/// </summary>
public static class MapFpsBenchmark
{
    public const int Markers = 10_000;

    private static readonly (string Name, string Path)[] Views = [("region", "/"), ("close-up", "/road")];

    /// <summary>dotnet run --project bench/Tracker.Bench -c Release -- map-fps [--runs N] [--warmup SECONDS] [--seconds SECONDS] [--markers N]</summary>
    public static async Task<int> Run(string[] args)
    {
        var runs = IntOption(args, "--runs", 2);
        var warmup = TimeSpan.FromSeconds(IntOption(args, "--warmup", 3));
        var window = TimeSpan.FromSeconds(IntOption(args, "--seconds", 10));
        var markers = IntOption(args, "--markers", Markers);
        var fleet = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "map-fps", "fleet.js"));
        var artifacts = Path.Combine(Repository.Root, "artifacts", "map-fps");
        Directory.CreateDirectory(artifacts);

        await using var host = await StartHost();
        var address = new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var token = await ControlToken(address);
        using var playwright = await Playwright.CreateAsync();
        var browserMarker = "--tracker-map-fps=" + Guid.NewGuid().ToString("N");
        await using var browser = await HeadlessChromium.Launch(playwright, [.. HeadlessChromium.DefaultGraphicsFlags, browserMarker]);
        Console.WriteLine($"map-fps: Chromium {browser.Version}; the app at {address}; {markers:N0} markers; {runs} runs; {warmup.TotalSeconds:0} s warm-up, {window.TotalSeconds:0} s measured");

        var results = new List<(string View, Measurement Measurement, int Dropped)>();
        for (var run = 1; run <= runs; run++)
        {
            foreach (var (view, path) in run % 2 == 1 ? Views : [.. Views.Reverse()])
            {
                int[] counts = run % 2 == 1 ? [0, markers] : [markers, 0];
                foreach (var count in counts)
                {
                    var screenshot = count > 0 ? Path.Combine(artifacts, $"{view}-run{run}.png") : null;
                    var (measurement, dropped) = await Measure(browser, address, token, path, fleet, view, count, run, browserMarker, warmup, window, screenshot);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  run {run} {view,-8} {count,6} markers: median {measurement.MedianFps,5:0.0} fps, p5 {measurement.P5Fps,5:0.0} fps; " +
                        $"main thread {measurement.MainThreadMsPerFrame,5:0.0} ms/frame, map JS {measurement.PageWorkMsPerFrame,5:0.0} ms/frame; " +
                        $"{measurement.ScreenUpdatesPerSecond,6:0} reports/s fed, {dropped} dropped; load average {measurement.LoadAverage:0.0}"));
                    results.Add((view, measurement, dropped));
                }
            }
        }

        var table = Table(results, markers);
        Console.WriteLine();
        Console.WriteLine(table);
        await File.WriteAllTextAsync(Path.Combine(artifacts, "results.md"), table);
        return 0;
    }

    private static async Task<(Measurement Measurement, int Dropped)> Measure(
        IBrowser browser, Uri address, string token, string path, string fleet, string view, int count, int run, string browserMarker,
        TimeSpan warmup, TimeSpan window, string? screenshot)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 }, DeviceScaleFactor = 1 });
        try
        {
            await context.AddInitScriptAsync($"sessionStorage.setItem('tracker.token', '{token}'); localStorage.setItem('tracker.lang', 'en');");
            var page = await context.NewPageAsync();
            await page.GotoAsync(new Uri(address, path).ToString());
            await page.WaitForFunctionAsync(
                "() => document.body.dataset.connection === 'connected' && document.querySelector('#map')?.dataset.snapshotAt",
                null, new PageWaitForFunctionOptions { Timeout = 60_000 });

            // The empty layer still runs its frame loop: the baseline is the page as it idles with nothing to draw.
            await page.EvaluateAsync($"({fleet})({{ count: {count}, seed: {run} }})");
            var cdp = await context.NewCDPSessionAsync(page);
            await cdp.SendAsync("Performance.enable");
            await Task.Delay(warmup);

            var taskBefore = MainThread.TaskDurationSeconds(await cdp.SendAsync("Performance.getMetrics"));
            var cpuBefore = BrowserCpu.Seconds(browserMarker);
            var before = await page.EvaluateAsync<JsonElement>("() => ({ work: fleetBench.work.ms, sent: fleetBench.sent })");
            var timestamps = await page.EvaluateAsync<double[]>(
                """
                ms => new Promise(resolve => {
                  const times = [];
                  const frame = t => { times.push(t); if (t - times[0] < ms) requestAnimationFrame(frame); else resolve(times); };
                  requestAnimationFrame(frame);
                })
                """, window.TotalMilliseconds);
            var after = await page.EvaluateAsync<JsonElement>("() => ({ work: fleetBench.work.ms, sent: fleetBench.sent })");
            var cpuAfter = BrowserCpu.Seconds(browserMarker);
            var taskAfter = MainThread.TaskDurationSeconds(await cdp.SendAsync("Performance.getMetrics"));

            // Stop the feed and give the frame loop a few frames to apply what was queued: then nothing may be missing.
            await page.EvaluateAsync("() => fleetBench.stop()");
            await page.WaitForTimeoutAsync(300);
            var dropped = await page.EvaluateAsync<int>("() => fleetBench.dropped()");
            if (screenshot is not null)
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });
            }

            var measurement = new Measurement(
                view, count, run, timestamps, (taskAfter - taskBefore) * 1000,
                after.GetProperty("work").GetDouble() - before.GetProperty("work").GetDouble(),
                after.GetProperty("sent").GetInt32() - before.GetProperty("sent").GetInt32(),
                cpuAfter - cpuBefore, LoadAverage.Now());
            return (measurement, dropped);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private static string Table(List<(string View, Measurement Measurement, int Dropped)> results, int markers)
    {
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine(invariant, $"| view | run | median fps: empty → {markers:N0} (ratio) | p5 fps: empty → {markers:N0} (ratio) | main thread ms/frame: empty → {markers:N0} | map JS ms/frame | reports fed/s | dropped | load average |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var (view, loaded, dropped) in results.Where(r => r.Measurement.Markers > 0))
        {
            var baseline = results.Single(r => r.View == view && r.Measurement.Markers == 0 && r.Measurement.Run == loaded.Run).Measurement;
            text.AppendLine(invariant,
                $"| {view} | {loaded.Run} | {baseline.MedianFps:0.0} → {loaded.MedianFps:0.0} ({loaded.MedianFps / baseline.MedianFps:0.00}) " +
                $"| {baseline.P5Fps:0.0} → {loaded.P5Fps:0.0} ({loaded.P5Fps / baseline.P5Fps:0.00}) " +
                $"| {baseline.MainThreadMsPerFrame:0.0} → {loaded.MainThreadMsPerFrame:0.0} | {loaded.PageWorkMsPerFrame:0.0} " +
                $"| {loaded.ScreenUpdatesPerSecond:0} | {dropped} | {baseline.LoadAverage:0.0} → {loaded.LoadAverage:0.0} |");
        }

        return text.ToString();
    }

    /// <summary>The real host in this process, as `dotnet run` starts it but with nothing else going on: memory store, no simulator.</summary>
    private static async Task<WebApplication> StartHost()
    {
        var host = TrackerHost.Build([
            "--urls=http://127.0.0.1:0", "--Storage:Provider=Memory", "--Auth:DevTokens=true", "--Simulator:Enabled=false",
            "--Gateways:Jt808:Port=", "--Gateways:Nmea:TcpPort=",
            $"--Orleans:SiloPort={FreePort()}", $"--Orleans:GatewayPort={FreePort()}", "--Logging:LogLevel:Default=Warning"]);
        await host.StartAsync();
        return host;
    }

    private static async Task<string> ControlToken(Uri address)
    {
        using var http = new HttpClient { BaseAddress = address };
        var response = await http.PostAsJsonAsync("/api/v1/dev/token", new { role = "control" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
