using System.Globalization;
using Microsoft.Playwright;
using Tracker.Bench.Browser;
using static Tracker.Bench.CommandLine;

namespace Tracker.Bench.MapChoice;

/// <summary>
/// Leaflet against MapLibre GL with 10,000 moving markers in headless Chromium: every variant is
/// measured with its markers and, in the same run, with none (its baseline), in alternating order
/// over the runs, because this machine is shared and its speed drifts.
/// </summary>
public static class MapChoiceBenchmark
{
    public const int Markers = 10_000;

    /// <summary>
    /// dotnet run --project bench/Tracker.Bench -c Release -- map-choice
    ///   [--runs N] [--warmup SECONDS] [--seconds SECONDS] [--only name,name] [--graphics "--chromium-flag ..."]
    /// </summary>
    public static async Task<int> Run(string[] args)
    {
        var runs = IntOption(args, "--runs", 2);
        var warmup = TimeSpan.FromSeconds(IntOption(args, "--warmup", 3));
        var window = TimeSpan.FromSeconds(IntOption(args, "--seconds", 10));
        var only = Option(args, "--only")?.Split(',');
        var variants = Variant.All.Where(v => only is null || only.Contains(v.Name)).ToArray();
        var graphicsFlags = Option(args, "--graphics")?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? HeadlessChromium.DefaultGraphicsFlags;
        if (variants.Length == 0)
        {
            Console.Error.WriteLine($"no variant matches; known: {string.Join(", ", Variant.All.Select(v => v.Name))}");
            return 2;
        }

        var nodeModules = await MapLibraries.Install();
        var artifacts = Path.Combine(Repository.Root, "artifacts", "map-choice");
        Directory.CreateDirectory(artifacts);

        await using var server = await PageServer.Start(Path.Combine(AppContext.BaseDirectory, "map-choice"), nodeModules);
        using var playwright = await Playwright.CreateAsync();

        // Chromium ignores a switch it does not know; this one finds its processes for the CPU figure.
        var browserMarker = "--tracker-map-choice=" + Guid.NewGuid().ToString("N");
        await using var browser = await HeadlessChromium.Launch(playwright, [.. graphicsFlags, browserMarker]);
        Console.WriteLine($"map-choice: Chromium {browser.Version}, flags {string.Join(' ', HeadlessChromium.BaseFlags.Concat(graphicsFlags))}");
        Console.WriteLine($"map-choice: pages at {server.Address}; {runs} runs; {warmup.TotalSeconds:0} s warm-up, {window.TotalSeconds:0} s measured");

        var results = new List<Measurement>();
        for (var run = 1; run <= runs; run++)
        {
            // The rate headless Chromium gives requestAnimationFrame with nothing to draw, and
            // what a full-window WebGL canvas costs per frame before any map draws into it.
            foreach (var (name, page) in ((string, string)[])[("blank-page", "blank.html"), ("webgl-clear", "webgl.html")])
            {
                var check = await PageMeasurement.Run(browser, server.Address, browserMarker, name,
                    new Uri(server.Address, page), 0, run, warmup, window, null);
                Console.WriteLine($"run {run} {name}: WebGL {check.Info.GetProperty("webgl")}");
                Report(check.Measurement);
                results.Add(check.Measurement);
            }

            var order = run % 2 == 1 ? variants : [.. variants.Reverse()];
            foreach (var variant in order)
            {
                int[] counts = run % 2 == 1 ? [0, Markers] : [Markers, 0];
                foreach (var markers in counts)
                {
                    var screenshot = markers > 0 ? Path.Combine(artifacts, $"{variant.Name}-run{run}.png") : null;
                    var result = await PageMeasurement.Run(browser, server.Address, browserMarker, variant.Name,
                        variant.Address(server.Address, markers), markers, run, warmup, window, screenshot);
                    if (markers > 0 && run == 1)
                    {
                        Console.WriteLine($"run {run} {variant.Name}: {result.Info.GetProperty("library")}, WebGL {result.Info.GetProperty("webgl")}");
                    }

                    Report(result.Measurement);
                    results.Add(result.Measurement);
                }
            }
        }

        var table = ResultTable.Markdown(variants, results, Markers);
        Console.WriteLine();
        Console.WriteLine(table);
        await File.WriteAllTextAsync(Path.Combine(artifacts, "results.md"), table);
        return 0;
    }

    private static void Report(Measurement m) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  run {m.Run} {m.Variant,-24} {m.Markers,6} markers: median {m.MedianFps,5:0.0} fps, p5 {m.P5Fps,5:0.0} fps, " +
            $"mean {m.MeanFps,5:0.0} fps ({m.Frames} frames); main thread {m.MainThreadMsPerFrame,5:0.0} ms/frame, " +
            $"page JS {m.PageWorkMsPerFrame,5:0.0} ms/frame; {m.ScreenUpdatesPerSecond,5:0.0} marker updates on screen/s; " +
            $"browser CPU {m.BrowserCores:0.00} cores; load average {m.LoadAverage:0.0}"));
}
