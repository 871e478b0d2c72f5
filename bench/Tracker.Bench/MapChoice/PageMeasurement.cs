using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Tracker.Bench.Browser;

namespace Tracker.Bench.MapChoice;

/// <summary>Opens one benchmark page in a fresh browser context, lets it warm up and records a window of frames.</summary>
public static class PageMeasurement
{
    private const float ReadyTimeoutMs = 90_000;

    public sealed record Result(Measurement Measurement, JsonElement Info);

    public static async Task<Result> Run(
        IBrowser browser,
        Uri server,
        string browserMarker,
        string variant,
        Uri address,
        int markers,
        int run,
        TimeSpan warmup,
        TimeSpan window,
        string? screenshot)
    {
        var page = await HeadlessChromium.NewPage(browser, server);
        try
        {
            await page.GotoAsync(address.ToString());
            await page.WaitForFunctionAsync("() => window.mapBench && (mapBench.ready || mapBench.error)", null,
                new PageWaitForFunctionOptions { Timeout = ReadyTimeoutMs, PollingInterval = 100 });
            await ThrowOnPageError(page, address);
            var info = await page.EvaluateAsync<JsonElement>("() => mapBench.info");

            var cdp = await page.Context.NewCDPSessionAsync(page);
            await cdp.SendAsync("Performance.enable");
            await Task.Delay(warmup);

            var taskBefore = MainThread.TaskDurationSeconds(await cdp.SendAsync("Performance.getMetrics"));
            var cpuBefore = BrowserCpu.Seconds(browserMarker);
            var record = await page.EvaluateAsync<JsonElement>("ms => mapBench.record(ms)", window.TotalMilliseconds);
            var cpuAfter = BrowserCpu.Seconds(browserMarker);
            var taskAfter = MainThread.TaskDurationSeconds(await cdp.SendAsync("Performance.getMetrics"));
            await ThrowOnPageError(page, address);

            if (screenshot is not null)
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });
            }

            var measurement = new Measurement(
                variant,
                markers,
                run,
                [.. record.GetProperty("timestamps").EnumerateArray().Select(t => t.GetDouble())],
                (taskAfter - taskBefore) * 1000,
                record.GetProperty("workMs").GetDouble(),
                record.GetProperty("screenUpdates").GetInt32(),
                cpuAfter - cpuBefore,
                LoadAverage.Now());
            return new Result(measurement, info);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static async Task ThrowOnPageError(IPage page, Uri address)
    {
        var error = await page.EvaluateAsync<string?>("() => mapBench.error");
        if (error is not null)
        {
            throw new InvalidOperationException($"{address} failed: {error}");
        }
    }
}
