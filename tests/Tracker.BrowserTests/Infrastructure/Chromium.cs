using Microsoft.Playwright;
using Tracker.Testing.Processes;

namespace Tracker.BrowserTests.Infrastructure;

/// <summary>
/// Debian's chromium, driven by Playwright. The test installs it (and a CJK font, so that Chinese
/// renders) with apt when the machine lacks it; Playwright never downloads a browser of its own.
/// </summary>
public static class Chromium
{
    public const string Executable = "/usr/bin/chromium";

    /// <summary>
    /// As root in a sandbox with a closed network: no sandbox, and none of the background
    /// connections Chromium would otherwise try (and log as failures).
    /// </summary>
    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        // Chromium's recommended Latin font is installed with it, as a desktop install would, so screenshots look as users see them.
        await DebianPackages.EnsureAsync(
            ("chromium", Executable),
            ("fonts-liberation", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
            ("fonts-wqy-zenhei", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"));
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Executable, Headless = true, Args = Flags });
    }
}
