using Tracker.BrowserTests.Infrastructure;

namespace Tracker.BrowserTests;

/// <summary>
/// What a new user sees on the first run: the embedded simulator's port, alive on the map in
/// every view. Its screenshots are the README's (docs/).
/// </summary>
public sealed class SimulatedPortTests(SimulatedPortTests.SimulatedPort host) : IClassFixture<SimulatedPortTests.SimulatedPort>
{
    [Fact]
    public async Task The_embedded_simulator_moves_vessels_trains_trucks_and_locks_in_their_views()
    {
        await using var page = await host.OpenAsync("/", "control");
        await page.WaitForConnectedAsync();
        await page.WaitForAsync(
            "() => { const c = JSON.parse(document.querySelector('#map').dataset.kindCounts ?? '{}'); return c.feeder > 0 && c.train > 0 && c.truck > 0 && c.lock > 0; }");
        await page.Page.WaitForTimeoutAsync(3000);
        await page.ScreenshotAsync("docs-overview");

        foreach (var (nav, view, kinds) in new[] { ("water", "water", "feeder"), ("rail", "rail", "train"), ("road", "road", "truck") })
        {
            await page.Page.ClickAsync($"[data-nav={nav}]");
            await page.WaitForViewAsync(view);
            await page.WaitForAsync($"() => JSON.parse(document.querySelector('#map').dataset.kindCounts ?? '{{}}').{kinds} > 0");
            await page.Page.WaitForTimeoutAsync(3000);
            await page.ScreenshotAsync($"docs-{view}");
        }

        await page.Page.ClickAsync("[data-nav=overview]");
        await page.Page.ClickAsync("[data-lang=zh]");
        await page.WaitForViewAsync("overview");
        await page.Page.WaitForTimeoutAsync(3000);
        await page.ScreenshotAsync("docs-overview-zh");
        Assert.Empty(page.Errors);
    }

    /// <summary>The host as `dotnet run` starts it, with the simulator on, a little faster.</summary>
    public sealed class SimulatedPort : BrowserHost
    {
        protected override IReadOnlyList<string> Settings => ["--Simulator:Enabled=true", "--Simulator:TimeScale=40"];
    }
}
