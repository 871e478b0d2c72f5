using Tracker.BrowserTests.Infrastructure;
using Tracker.Testing.Http;

namespace Tracker.BrowserTests;

/// <summary>The live map through the real host: fixes posted to the API move markers, alerts reach the ticker, views keep to their flow.</summary>
[Collection(SharedBrowser.Name)]
public sealed class LiveMapTests(SharedBrowserHost host)
{
    private static readonly string[] RoadKinds = ["truck", "lock"];
    private static readonly string[] RailKinds = ["train"];
    private static readonly string[] WaterKinds = ["feeder", "mainline", "vessel"];

    [Fact]
    public async Task A_lock_marker_appears_from_a_posted_fix_and_glides_to_the_next()
    {
        var transit = await Transits.RoadAsync(host.Api);
        await using var page = await host.OpenAsync("/road");
        await page.WaitForConnectedAsync();
        var before = await page.Page.EvaluateAsync<string?>("() => document.querySelector('#map').dataset.updatedAt");

        await Transits.LockFixAsync(host.Api, transit.Lock, 1, Transits.Lat, Transits.Lon);
        var first = await page.MarkerPointAsync($"lock:{transit.Lock}");
        await Transits.LockFixAsync(host.Api, transit.Lock, 2, Transits.Lat + 0.05, Transits.Lon + 0.05);
        await page.WaitForAsync(
            "([id, lat]) => window.tracker.store.items.get(id)?.lat === lat", new object[] { $"lock:{transit.Lock}", Transits.Lat + 0.05 });
        await page.Page.WaitForTimeoutAsync(2600);
        var second = await page.MarkerPointAsync($"lock:{transit.Lock}");

        // North-east on the map: right and up, 0.05° (some 36 px at the road view's zoom 10).
        Assert.True(second.X - first.X > 25 && first.Y - second.Y > 25, $"the marker went from {first} to {second}");
        Assert.True(int.Parse(await page.Page.EvaluateAsync<string>("() => document.querySelector('#map').dataset.markerCount")) >= 1);
        Assert.NotEqual(before, await page.Page.EvaluateAsync<string?>("() => document.querySelector('#map').dataset.updatedAt"));
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task A_seal_opened_en_route_appears_in_the_ticker_at_once_and_picking_it_rings_its_transit()
    {
        var transit = await Transits.RoadAsync(host.Api);
        await using var page = await host.OpenAsync("/");
        await page.WaitForConnectedAsync();

        await Transits.LockFixAsync(host.Api, transit.Lock, 1, Transits.Lat, Transits.Lon, seal: "opened");

        var item = page.Page.Locator($"button[data-type=OPEN][data-alert^='{transit.Id}.']");
        await item.WaitForAsync(new() { Timeout = 15_000 });
        Assert.Contains(transit.Id, await item.InnerTextAsync());
        await item.ClickAsync();
        await page.WaitForAsync("id => window.tracker.map.markers.highlight?.consignmentId === id", transit.Id);
        await page.ScreenshotAsync("ticker-alert-picked");
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task Each_flow_view_shows_only_its_own_kinds()
    {
        var road = await Transits.RoadAsync(host.Api);
        var rail = await Transits.RailAsync(host.Api);
        await Transits.LockFixAsync(host.Api, road.Lock, 1, Transits.Lat, Transits.Lon);
        await Transits.VehicleFixAsync(host.Api, road.Truck, 1, Transits.Lat, Transits.Lon);
        await Transits.VehicleFixAsync(host.Api, rail.Train, 1, 35.6, 119.4);
        await Transits.VesselAsync(host.Api, 35.8, 121.0);

        Assert.Equal(RoadKinds, await KindsAsync("/road", "road", RoadKinds));
        Assert.Equal(RailKinds, await KindsAsync("/rail", "rail", RailKinds));
        Assert.Contains("vessel", await KindsAsync("/water", "water", ["vessel"]));
        Assert.Superset(new HashSet<string>(["truck", "lock", "train", "vessel"]), new HashSet<string>(await KindsAsync("/", "overview", ["truck", "lock", "train", "vessel"])));

        // Waits for the expected kinds, checks the view shows nothing of another flow, and answers the kinds shown.
        async Task<string[]> KindsAsync(string path, string view, string[] expected)
        {
            await using var page = await host.OpenAsync(path);
            await page.WaitForViewAsync(view);
            await page.WaitForAsync(
                "kinds => { const c = JSON.parse(document.querySelector('#map').dataset.kindCounts ?? '{}'); return kinds.every(k => c[k] > 0); }", expected);
            var counts = await page.KindCountsAsync();
            string[] allowed = view switch { "road" => RoadKinds, "rail" => RailKinds, "water" => WaterKinds, _ => [.. RoadKinds, .. RailKinds, .. WaterKinds] };
            Assert.All(counts.Keys, kind => Assert.Contains(kind, allowed));
            return [.. allowed.Where(k => counts.GetValueOrDefault(k) > 0)];
        }
    }

    [Fact]
    public async Task Clicking_a_marker_opens_its_details()
    {
        var transit = await Transits.RoadAsync(host.Api);
        await Transits.LockFixAsync(host.Api, transit.Lock, 1, Transits.Lat - 0.03, Transits.Lon - 0.03);
        await using var page = await host.OpenAsync("/road");
        var (x, y) = await page.MarkerPointAsync($"lock:{transit.Lock}");
        var map = await page.Page.Locator("#map").BoundingBoxAsync();

        await page.Page.Mouse.ClickAsync((float)(map!.X + x), (float)(map.Y + y));

        var details = page.Page.Locator($"[data-details='lock:{transit.Lock}']");
        await details.WaitForAsync();
        await details.Locator("dl").WaitForAsync();
        Assert.Contains(transit.Container, await details.InnerTextAsync());
        Assert.Contains(transit.Id, await details.InnerTextAsync());
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task At_regional_zoom_thousands_of_markers_become_counted_bubbles_and_close_up_each_is_drawn()
    {
        await using var page = await host.OpenAsync("/");
        await page.WaitForConnectedAsync();
        await page.WaitForAsync("() => document.querySelector('#map').dataset.snapshotAt");

        // 3,000 locks crowded around Qingdao, put into the page's live store as the hub would.
        await page.Page.EvaluateAsync(
            """
            () => {
              const items = [];
              for (let i = 0; i < 3000; i++) {
                items.push({ id: `lock:crowd-${i}`, kind: 'LOCK', mode: 'ROAD', time: new Date().toISOString(),
                  lat: 36.0 + (i % 60) * 0.004, lon: 120.0 + Math.floor(i / 60) * 0.004, heading: 0, status: 'sealed' });
              }
              window.tracker.store.deltas(items);
            }
            """);
        await page.WaitForAsync("() => window.tracker.map.markers.drawnCount >= 3000");
        var regional = await page.Page.EvaluateAsync<int[]>(
            """
            () => {
              const bubbles = window.tracker.map.markers._clusters;
              const overlapping = bubbles.filter((a, i) => bubbles.some((b, j) => j > i && Math.hypot(a.x - b.x, a.y - b.y) < 22)).length;
              return [bubbles.length, bubbles.reduce((n, c) => n + c.count, 0), overlapping];
            }
            """);
        await page.ScreenshotAsync("overview-crowded");

        await page.Page.EvaluateAsync("() => { window.tracker.map.map.setView([36.12, 120.1], 13, { animate: false }); }");
        await page.WaitForAsync("() => window.tracker.map.markers._clusters.length === 0 && window.tracker.map.markers.drawnCount > 100");

        // A few bubbles, none hiding another, hold nearly all of them at regional zoom; close up each marker stands alone.
        Assert.InRange(regional[0], 1, 50);
        Assert.True(regional[1] >= 2900, $"bubbles hold {regional[1]} of 3,000 markers");
        Assert.Equal(0, regional[2]);
        Assert.Empty(page.Errors);
    }
}
