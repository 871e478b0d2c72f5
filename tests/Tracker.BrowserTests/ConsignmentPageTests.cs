using System.Text.Json;
using Tracker.BrowserTests.Infrastructure;
using Tracker.Testing.Http;

namespace Tracker.BrowserTests;

/// <summary>
/// One transit's page: its corridor, tracks and lifecycle; a feeder's AIS position and cut-off
/// margin; and playback (it runs, runs faster at a higher speed, and jumps to an alert's moment).
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class ConsignmentPageTests(SharedBrowserHost host)
{
    [Fact]
    public async Task A_road_transit_shows_its_corridor_tracks_and_lifecycle_and_plays_back()
    {
        var office = Ids.Unique("office");
        var (id, lockId, truck, openedAt) = await ConsignmentSeeds.RoadWithHistoryAsync(host.Api, office);
        await using var page = await host.OpenAsync($"/consignments/{id}", "customs", office: office);
        await page.WaitForViewAsync("consignment");
        await page.WaitForAsync("() => { const l = document.querySelector('#transit-map')?.dataset.layers; return l && Object.keys(JSON.parse(l).tracks).length >= 2; }");

        using var layers = JsonDocument.Parse(await page.Page.EvaluateAsync<string>("() => document.querySelector('#transit-map').dataset.layers"));
        Assert.Equal(2, layers.RootElement.GetProperty("corridor").GetInt32());
        Assert.Equal(1, layers.RootElement.GetProperty("zones").GetInt32());
        Assert.Equal(61, layers.RootElement.GetProperty("tracks").GetProperty($"lock:{lockId}").GetInt32());
        Assert.Equal(61, layers.RootElement.GetProperty("tracks").GetProperty($"vehicle:{truck}").GetInt32());
        Assert.Contains("Declared", await page.Page.Locator(".lifecycle li[data-status=DECLARED]").InnerTextAsync());
        Assert.Equal("Sealed", await page.Page.Locator($"tr[data-container] [data-seal]").InnerTextAsync());

        // Playback from the start: the time shown advances about 1 s per second at 1×, and far faster at 64×.
        await page.Page.ClickAsync("[data-action=play]");
        var atOne = await AdvancePerSecondAsync(page);
        Assert.InRange(atOne, 0.5, 2.0);
        await page.Page.SelectOptionAsync("[data-control=speed]", "64");
        var atSixtyFour = await AdvancePerSecondAsync(page);
        Assert.InRange(atSixtyFour, 32, 128);
        Assert.True(atSixtyFour > 20 * atOne, $"64× advanced {atSixtyFour} s per second, 1× {atOne}");

        // The OPEN alert sits on the time bar; clicking it jumps to its moment.
        await page.Page.ClickAsync("[data-action=play]");
        await page.WaitForAsync("() => document.querySelector('.playback').dataset.playing === 'false'");
        var mark = page.Page.Locator(".alert-marks [data-alert]");
        await mark.WaitForAsync();
        var raisedAt = DateTimeOffset.Parse(await mark.GetAttributeAsync("data-raised-at") ?? "");
        Assert.InRange(raisedAt, openedAt.AddSeconds(-1), openedAt.AddSeconds(1));
        var before = await page.Page.Locator(".playback-time b").InnerTextAsync();
        await mark.ClickAsync();
        var time = await page.Page.EvaluateAsync<double>("() => Number(document.querySelector('.playback').dataset.time)");
        Assert.Equal(raisedAt.ToUnixTimeMilliseconds(), (long)time);
        var shown = await page.Page.Locator(".playback-time").GetAttributeAsync("data-playback-time");
        Assert.Equal(raisedAt, DateTimeOffset.Parse(shown!));
        Assert.NotEqual(before, await page.Page.Locator(".playback-time b").InnerTextAsync());
        await Screenshots.SaveAsync(page, "consignment-road-playback-en");
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task A_water_transit_shows_its_feeder_from_ais_and_the_cut_off_margin_at_risk_in_both_languages()
    {
        var office = Ids.Unique("office");
        var (id, imo, name) = await ConsignmentSeeds.WaterWithAisAsync(host.Api, office);
        foreach (var language in new[] { "en", "zh" })
        {
            await using var page = await host.OpenAsync($"/consignments/{id}", "control", language);
            await page.WaitForViewAsync("consignment");
            await page.WaitForAsync("id => { const l = document.querySelector('#transit-map')?.dataset.layers; return l && JSON.parse(l).tracks[`carrier:${id}`] >= 10; }", imo);

            var card = page.Page.Locator("[data-carrier=VESSEL]");
            Assert.Contains(name, await card.InnerTextAsync());
            Assert.Contains("36.3800", await card.Locator("[data-field=carrier-position]").InnerTextAsync());
            Assert.Equal("true", await card.GetAttributeAsync("data-at-risk"));
            var margin = int.Parse(await card.Locator("[data-field=margin]").GetAttributeAsync("data-minutes") ?? "0");
            Assert.InRange(margin, -32, -28);
            Assert.Contains(language == "en" ? "Connection at risk" : "衔接有风险", await card.InnerTextAsync());
            // The map's scale and zoom buttons speak the page's language too.
            Assert.Contains(language == "en" ? "km" : "公里", await page.Page.Locator("#transit-map .leaflet-control-scale").InnerTextAsync());
            Assert.Equal(language == "en" ? "Zoom in" : "放大", await page.Page.Locator("#transit-map .leaflet-control-zoom-in").GetAttributeAsync("title"));

            // Playback runs over the feeder's reports.
            await page.Page.ClickAsync("[data-action=play]");
            var first = await PlaybackTimeAsync(page);
            await page.Page.WaitForTimeoutAsync(1200);
            Assert.True(await PlaybackTimeAsync(page) > first);
            await page.Page.ClickAsync("[data-action=play]");
            await page.Page.WaitForTimeoutAsync(300);
            await Screenshots.SaveAsync(page, $"consignment-water-{language}");
            Assert.Empty(page.Errors);
        }
    }

    [Fact]
    public async Task The_transit_list_filters_by_mode_and_links_to_each_transit()
    {
        var office = Ids.Unique("office");
        var (road, _, _, _) = await ConsignmentSeeds.RoadWithHistoryAsync(host.Api, office);
        var (water, _, _) = await ConsignmentSeeds.WaterWithAisAsync(host.Api, office);
        await using var page = await host.OpenAsync($"/consignments?office={office}", "control");
        await page.WaitForViewAsync("consignments");
        await page.Page.Locator($"tr[data-consignment='{road}']").WaitForAsync();
        await page.Page.Locator($"tr[data-consignment='{water}']").WaitForAsync();

        await page.Page.SelectOptionAsync("[data-filter=mode]", "WATER");
        await page.WaitForAsync("id => !document.querySelector(`tr[data-consignment='${id}']`)", road);
        Assert.Equal(1, await page.Page.Locator("tr[data-consignment]").CountAsync());
        await page.WaitForAddressAsync($"/consignments?mode=WATER&office={office}");

        await Screenshots.SaveAsync(page, "consignments-list-en");
        await page.Page.ClickAsync($"tr[data-consignment='{water}'] a");
        await page.WaitForAddressAsync($"/consignments/{water}");
        await page.WaitForViewAsync("consignment");
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task The_playback_clock_and_interpolation_keep_simulated_time()
    {
        await using var page = await host.OpenAsync("/consignments", "control");
        await page.WaitForViewAsync("consignments");
        var results = await page.Page.EvaluateAsync<double[]>(
            @"async () => {
                const { PlaybackClock } = await import('/app/playback/clock.js');
                const { prepare, positionAt, trailUntil } = await import('/app/playback/interpolate.js');
                const clock = new PlaybackClock(0, 100_000);
                clock.play();
                clock.tick(1000);                    // the first frame only notes the wall time
                clock.tick(1500);                    // 0.5 s at 1x
                const atOne = clock.time;
                clock.setSpeed(8);
                clock.tick(2000);                    // 0.5 s at 8x
                const atEight = clock.time;
                clock.pause();
                clock.tick(9000);                    // paused: no change
                const paused = clock.time;
                clock.play();
                clock.tick(10_000);
                clock.tick(30_000);                  // runs out at the end and stops
                const track = prepare([
                  { time: '2026-01-01T00:00:00Z', lat: 36, lon: 120 },
                  { time: '2026-01-01T00:10:00Z', lat: 37, lon: 121 },
                ]);
                const middle = positionAt(track, Date.parse('2026-01-01T00:05:00Z'));
                return [atOne, atEight, paused, clock.time, clock.playing ? 1 : 0,
                  middle.lat, middle.lon, positionAt(track, Date.parse('2025-12-31T23:59:00Z')) === null ? 1 : 0,
                  trailUntil(track, Date.parse('2026-01-01T00:05:00Z')).length];
              }");
        Assert.Equal([500, 4500, 4500, 100_000, 0, 36.5, 120.5, 1, 2], results);
    }

    [Fact]
    public async Task The_lifecycle_causes_the_grain_writes_read_in_the_chosen_language()
    {
        await using var page = await host.OpenAsync("/consignments", "control");
        await page.WaitForViewAsync("consignments");
        var texts = await page.Page.EvaluateAsync<string[]>(
            @"async () => {
                const { setLanguage } = await import('/app/i18n/i18n.js');
                const { causeText } = await import('/app/views/consignments/cause-wording.js');
                const causes = ['first fix of lock L-7 en route', 'first fix of TRK-2 en route', 'lock L-7 inside the unsealing zone',
                  'gate-in E-1 at CNTAO, seal opened there', 'TSTR RT-1.TSTR', 'declared', 'something new'];
                const en = causes.map(causeText);
                setLanguage('zh');
                return [...en, ...causes.map(causeText)];
              }");
        Assert.Equal(
            [
                "first report of lock L-7 en route", "first report of TRK-2 en route", "lock L-7 inside the unsealing zone",
                "gate-in at CNTAO, seal opened there", "Transit started", "declaration received", "something new",
                "关锁 L-7 途中首次报告", "TRK-2 途中首次报告", "关锁 L-7 进入解封区", "在 CNTAO 进闸，并在该处解封", "转关启运", "已受理申报", "something new",
            ],
            texts);
    }

    /// <summary>Simulated seconds the playback advances per real second, measured in the page over 2 s.</summary>
    private static async Task<double> AdvancePerSecondAsync(AppPage page) =>
        await page.Page.EvaluateAsync<double>(
            @"() => new Promise(resolve => {
                const read = () => Number(document.querySelector('.playback').dataset.time);
                const t0 = read(), w0 = performance.now();
                setTimeout(() => resolve(((read() - t0) / 1000) / ((performance.now() - w0) / 1000)), 2000);
              })");

    private static Task<double> PlaybackTimeAsync(AppPage page) =>
        page.Page.EvaluateAsync<double>("() => Number(document.querySelector('.playback').dataset.time)");
}
