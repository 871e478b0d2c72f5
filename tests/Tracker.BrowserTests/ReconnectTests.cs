using Tracker.BrowserTests.Infrastructure;

namespace Tracker.BrowserTests;

/// <summary>A host that goes away and comes back: the page says so, reconnects by itself and starts from a fresh snapshot.</summary>
public sealed class ReconnectTests(ReconnectTests.RestartableHost host) : IClassFixture<ReconnectTests.RestartableHost>
{
    [Fact]
    public async Task After_the_host_restarts_the_indicator_goes_reconnecting_then_connected_with_a_fresh_snapshot()
    {
        var transit = await Transits.RoadAsync(host.Api);
        await Transits.LockFixAsync(host.Api, transit.Lock, 1, Transits.Lat, Transits.Lon);
        await using var page = await host.OpenAsync("/road");
        await page.WaitForConnectedAsync();
        await page.MarkerPointAsync($"lock:{transit.Lock}");
        var snapshotBefore = await page.Page.EvaluateAsync<string>("() => document.querySelector('#map').dataset.snapshotAt");
        await page.Page.EvaluateAsync(
            """
            () => {
              window.connectionStates = [];
              new MutationObserver(() => window.connectionStates.push(document.body.dataset.connection))
                .observe(document.body, { attributes: true, attributeFilter: ['data-connection'] });
            }
            """);

        // The live index writes its items every second on this host: let it write the lock before the crash.
        await page.Page.WaitForTimeoutAsync(1500);
        await host.Host.Kill();
        await page.WaitForAsync("() => document.body.dataset.connection !== 'connected'");
        await page.ScreenshotAsync("road-reconnecting");
        await host.Host.Start();
        await page.WaitForConnectedAsync();
        await page.WaitForAsync("before => document.querySelector('#map').dataset.snapshotAt > before", snapshotBefore);

        var states = await page.Page.EvaluateAsync<string[]>("() => window.connectionStates");
        Assert.Equal("reconnecting", states[0]);
        Assert.Equal("connected", states[^1]);

        // The fresh snapshot holds the lock as the restarted host knows it, and live deltas flow again.
        await page.MarkerPointAsync($"lock:{transit.Lock}");
        await Transits.LockFixAsync(host.Api, transit.Lock, 2, Transits.Lat + 0.01, Transits.Lon);
        await page.WaitForAsync("([id, lat]) => window.tracker.store.items.get(id)?.lat === lat", new object[] { $"lock:{transit.Lock}", Transits.Lat + 0.01 });
    }

    /// <summary>A host of this class's own (it is killed), whose live index writes every second.</summary>
    public sealed class RestartableHost : BrowserHost
    {
        protected override IReadOnlyList<string> Settings => ["--Live:CheckpointInterval=00:00:01"];
    }
}
