using System.Globalization;
using System.Text;
using Tracker.Bench.Browser;

namespace Tracker.Bench.MapChoice;

/// <summary>The figures as a Markdown table: each variant with markers beside its own baseline from the same run.</summary>
public static class ResultTable
{
    public static string Markdown(IEnumerable<Variant> variants, IReadOnlyList<Measurement> results, int markers)
    {
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine(invariant, $"| variant | run | median fps: 0 → {markers:N0} (ratio) | p5 fps: 0 → {markers:N0} (ratio) | main thread ms/frame: 0 → {markers:N0} | page JS ms/frame | marker updates on screen/s | browser CPU cores: 0 → {markers:N0} | load average: 0 → {markers:N0} |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var check in results.Where(r => r.Variant is "blank-page" or "webgl-clear"))
        {
            text.AppendLine(invariant, $"| {check.Variant} (no map) | {check.Run} | {check.MedianFps:0.0} | {check.P5Fps:0.0} | {check.MainThreadMsPerFrame:0.0} | – | – | {check.BrowserCores:0.00} | {check.LoadAverage:0.0} |");
        }

        foreach (var variant in variants)
        {
            foreach (var loaded in results.Where(r => r.Variant == variant.Name && r.Markers == markers))
            {
                var baseline = results.Single(r => r.Variant == variant.Name && r.Markers == 0 && r.Run == loaded.Run);
                text.AppendLine(invariant,
                    $"| {variant.Name} | {loaded.Run} " +
                    $"| {baseline.MedianFps:0.0} → {loaded.MedianFps:0.0} ({loaded.MedianFps / baseline.MedianFps:0.00}) " +
                    $"| {baseline.P5Fps:0.0} → {loaded.P5Fps:0.0} ({loaded.P5Fps / baseline.P5Fps:0.00}) " +
                    $"| {baseline.MainThreadMsPerFrame:0.0} → {loaded.MainThreadMsPerFrame:0.0} " +
                    $"| {loaded.PageWorkMsPerFrame:0.0} | {loaded.ScreenUpdatesPerSecond:0.0} " +
                    $"| {baseline.BrowserCores:0.00} → {loaded.BrowserCores:0.00} " +
                    $"| {baseline.LoadAverage:0.0} → {loaded.LoadAverage:0.0} |");
            }
        }

        return text.ToString();
    }
}
