using Microsoft.Playwright;

namespace Tracker.Bench.Browser;

/// <summary>
/// Debian's Chromium, driven by Playwright: never a browser Playwright would download.
/// </summary>
public static class HeadlessChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>
    /// Flags for this machine: as root Chromium needs --no-sandbox; the others keep it off the
    /// network and out of background work that would add noise to the figures.
    /// </summary>
    public static readonly string[] BaseFlags =
    [
        "--no-sandbox",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    /// <summary>
    /// There is no GPU: --disable-gpu makes compositing and 2D canvas software, and WebGL then runs
    /// on SwiftShader (Playwright adds --enable-unsafe-swiftshader itself). Replaceable with
    /// --graphics "..." to compare other settings.
    /// </summary>
    public static readonly string[] DefaultGraphicsFlags = ["--disable-gpu"];

    public static Task<IBrowser> Launch(IPlaywright playwright, IEnumerable<string> extraFlags) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = [.. BaseFlags, .. extraFlags],
        });

    /// <summary>A 1280x800 page at device pixel ratio 1 that may reach only the benchmark's own server.</summary>
    public static async Task<IPage> NewPage(IBrowser browser, Uri server)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            DeviceScaleFactor = 1,
        });

        // Proves the pages work with the network unplugged: anything not from our server fails.
        await context.RouteAsync(
            url => !url.StartsWith(server.ToString(), StringComparison.Ordinal),
            async route =>
            {
                Console.Error.WriteLine($"map-choice: blocked a request off this machine: {route.Request.Url}");
                await route.AbortAsync();
            });
        return await context.NewPageAsync();
    }
}
