using Microsoft.Playwright;

namespace Tracker.BrowserTests.Infrastructure;

/// <summary>
/// Screenshots for the documentation: kept under artifacts/browser like every other, and also
/// written to TRACKER_SCREENSHOTS_DIR when it is set (docs/screenshots when refreshing the docs).
/// </summary>
public static class Screenshots
{
    public static async Task SaveAsync(AppPage page, string name)
    {
        await page.ScreenshotAsync(name);
        if (Environment.GetEnvironmentVariable("TRACKER_SCREENSHOTS_DIR") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}.png") });
        }
    }
}
