using Tracker.BrowserTests.Infrastructure;

namespace Tracker.BrowserTests;

/// <summary>
/// The customs console through the real host: a route deviation injected as lock fixes reaches the
/// officer's console live, is investigated on its evidence, acknowledged and resolved, and the
/// header's count follows; the control center sees the alert but may not act on it.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class AlertsConsoleTests(SharedBrowserHost host)
{
    [Fact]
    public async Task A_deviation_arrives_live_and_the_officer_acknowledges_and_resolves_it_with_its_history()
    {
        var transit = await Supervised.DeclareAsync(host.Api);
        await transit.OnRouteAsync(host.Api);
        await using var officer = await host.OpenAsync("/alerts", "customs", office: transit.Office);
        await officer.WaitForViewAsync("alerts");
        await officer.WaitForConnectedAsync();
        await officer.WaitForAsync("() => document.querySelector('.alert-count')?.dataset.open?.length > 0");
        var openAtFirst = int.Parse(await officer.Page.Locator(".alert-count").GetAttributeAsync("data-open") ?? "-1");

        await transit.DeviateAsync(host.Api);

        // Pushed into the list without a reload; new and high, it flashes. The header counts it.
        var row = officer.Page.Locator($"button.alert-row[data-type=RDEV][data-alert^='{transit.Id}.']");
        await row.WaitForAsync(new() { Timeout = 20_000 });
        Assert.Contains(transit.Id, await row.InnerTextAsync());
        await officer.WaitForAsync("n => Number(document.querySelector('.alert-count').dataset.open) > n", openAtFirst);
        var openBefore = int.Parse(await officer.Page.Locator(".alert-count").GetAttributeAsync("data-open") ?? "0");

        // The evidence: the track excerpt and the point on the map, the distance, the summary.
        await row.ClickAsync();
        var detail = officer.Page.Locator(".alert-detail");
        await detail.WaitForAsync();
        var alertId = await detail.GetAttributeAsync("data-detail");
        await officer.WaitForAddressAsync($"/alerts?id={alertId}");
        await officer.WaitForAsync("() => Number(document.querySelector('#evidence-map')?.dataset.evidencePoints) > 1");
        Assert.Matches(@"\d", await detail.Locator("[data-measure=distance] b").InnerTextAsync());
        Assert.NotEmpty((await detail.Locator("[data-summary]").InnerTextAsync()).Trim());
        Assert.Contains($"/consignments/{transit.Id}", await detail.Locator("a[data-link=consignment]").GetAttributeAsync("href"));
        await detail.Locator("input[name=ackNote]").FillAsync("calling the driver");
        await detail.Locator("button[data-action=acknowledge]").ClickAsync();
        await officer.WaitForAsync("() => document.querySelector('.alert-detail')?.dataset.status === 'ACKNOWLEDGED'");
        Assert.Equal("ACKNOWLEDGED", await row.GetAttributeAsync("data-status"));
        await officer.Page.WaitForTimeoutAsync(800);
        await Screenshots.SaveAsync(officer, "alerts-console");

        // Resolving needs a disposition: without one the form says so and sends nothing.
        await detail.Locator("button[data-action=resolve]").ClickAsync();
        await detail.Locator("[data-problem]").WaitForAsync();
        await detail.Locator("select[name=disposition]").SelectOptionAsync("JUSTIFIED");
        await detail.Locator("textarea[name=note]").FillAsync("road closed, detour ordered by police");
        await detail.Locator("button[data-action=resolve]").ClickAsync();
        await officer.WaitForAsync("() => document.querySelector('.alert-detail')?.dataset.status === 'RESOLVED'");

        var history = detail.Locator(".history-list li");
        Assert.Equal(["OPEN", "ACKNOWLEDGED", "RESOLVED"], await history.EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.history)"));
        Assert.Contains("calling the driver", await detail.Locator("li[data-history=ACKNOWLEDGED]").InnerTextAsync());
        var resolved = await detail.Locator("li[data-history=RESOLVED]").InnerTextAsync();
        Assert.Contains("Justified", resolved);
        Assert.Contains("road closed, detour ordered by police", resolved);
        Assert.Equal(0, await detail.Locator("button[data-action]").CountAsync());

        // The header's count of open alerts goes down as the alert is taken in hand.
        await officer.WaitForAsync("n => Number(document.querySelector('.alert-count').dataset.open) < n", openBefore);

        // The count links to the open alerts: on the console itself, it sets the filter, and the resolved one leaves the list.
        await officer.Page.ClickAsync(".alert-count");
        await officer.WaitForAsync("() => document.querySelector('.alert-filters select[name=status], select[name=status]').value === 'OPEN'");
        await officer.Page.Locator($"button.alert-row[data-alert='{alertId}']").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Detached });
        Assert.Contains("status=OPEN", await officer.Page.EvaluateAsync<string>("() => location.search"));
        Assert.Empty(officer.Errors);
    }

    [Fact]
    public async Task The_control_center_sees_the_alert_but_no_action_and_the_console_reads_in_chinese()
    {
        var transit = await Supervised.DeclareAsync(host.Api);
        await transit.OnRouteAsync(host.Api);
        await transit.DeviateAsync(host.Api);
        await using var officer = await host.OpenAsync("/alerts?type=RDEV", "customs", "zh", office: transit.Office);
        var row = officer.Page.Locator($"button.alert-row[data-type=RDEV][data-alert^='{transit.Id}.']");
        await row.WaitForAsync(new() { Timeout = 20_000 });
        var alertId = await row.GetAttributeAsync("data-alert");

        // The control center: the alert and its evidence, read-only.
        await using var control = await host.OpenAsync($"/alerts?type=RDEV&id={alertId}", "control");
        var detail = control.Page.Locator($".alert-detail[data-detail='{alertId}']");
        await detail.WaitForAsync(new() { Timeout = 20_000 });
        await control.WaitForAsync("() => Number(document.querySelector('#evidence-map')?.dataset.evidencePoints) > 1");
        Assert.Equal(1, await control.Page.Locator($"button.alert-row[data-alert='{alertId}']").CountAsync());
        Assert.Equal(0, await control.Page.Locator("button[data-action=acknowledge], button[data-action=resolve], .alert-actions").CountAsync());
        Assert.Equal(1, await detail.Locator("[data-read-only]").CountAsync());

        // The officer's console in Chinese, with the same alert open.
        await row.ClickAsync();
        await officer.WaitForAsync("() => Number(document.querySelector('#evidence-map')?.dataset.evidencePoints) > 1");
        Assert.Contains("偏离路线", await officer.Page.Locator(".alert-detail h2").InnerTextAsync());
        Assert.Contains("确认受理", await officer.Page.Locator("button[data-action=acknowledge]").InnerTextAsync());
        // The summary is composed in Chinese from the measures; the server's English record stays beside it.
        Assert.StartsWith("偏离核准路线", (await officer.Page.Locator(".alert-detail [data-summary]").InnerTextAsync()).Trim());
        Assert.Contains("outside the corridor", await officer.Page.Locator(".alert-detail [data-recorded]").InnerTextAsync());
        Assert.Contains("系统监管规则", await officer.Page.Locator(".alert-detail li[data-history=OPEN]").InnerTextAsync());
        await officer.Page.WaitForTimeoutAsync(1200);
        await Screenshots.SaveAsync(officer, "alerts-console-zh");

        Assert.Empty(control.Errors);
        Assert.Empty(officer.Errors);
    }

    [Fact]
    public async Task The_sound_is_off_until_the_officer_turns_it_on_and_then_a_new_high_alert_sounds()
    {
        var first = await Supervised.DeclareAsync(host.Api);
        var second = await Supervised.DeclareAsync(host.Api, office: first.Office);
        await first.OnRouteAsync(host.Api);
        await second.OnRouteAsync(host.Api);
        await using var officer = await host.OpenAsync("/alerts", "customs", office: first.Office);
        await officer.WaitForViewAsync("alerts");
        await officer.WaitForConnectedAsync();

        // Every tone the page makes is a WebAudio oscillator: count them as the page creates them.
        await officer.Page.EvaluateAsync(
            @"() => {
                window.tones = 0;
                const make = AudioContext.prototype.createOscillator;
                AudioContext.prototype.createOscillator = function () { window.tones++; return make.call(this); };
              }");
        var toggle = officer.Page.Locator("[data-action=sound]");
        Assert.Equal("false", await toggle.GetAttributeAsync("aria-pressed"));

        // Off by default: a new high alert arrives in silence.
        await first.DeviateAsync(host.Api);
        await officer.Page.Locator($"button.alert-row[data-type=RDEV][data-alert^='{first.Id}.']").WaitForAsync(new() { Timeout = 20_000 });
        await officer.Page.WaitForTimeoutAsync(500);
        Assert.Equal(0, await officer.Page.EvaluateAsync<int>("() => window.tones"));

        // Turned on (and remembered), the next one sounds.
        await toggle.ClickAsync();
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-pressed"));
        Assert.Equal("on", await officer.Page.EvaluateAsync<string>("() => localStorage.getItem('tracker.alertSound')"));
        await second.DeviateAsync(host.Api);
        await officer.Page.Locator($"button.alert-row[data-type=RDEV][data-alert^='{second.Id}.']").WaitForAsync(new() { Timeout = 20_000 });
        await officer.WaitForAsync("() => window.tones > 0");
        Assert.Empty(officer.Errors);
    }
}
