namespace Tracker.BrowserTests.Infrastructure;

/// <summary>
/// Screenshots meant for people: saved with the test artifacts (artifacts/browser), and also into
/// the folder TRACKER_SCREENSHOTS_DIR names when it is set (docs/screenshots, to refresh the README's).
/// </summary>
public static class Screenshots
{
    public static async Task SaveAsync(AppPage page, string name)
    {
        await page.ScreenshotAsync(name);
        if (Environment.GetEnvironmentVariable("TRACKER_SCREENSHOTS_DIR") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.Page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png") });
        }
    }
}
