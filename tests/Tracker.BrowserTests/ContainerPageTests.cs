using Tracker.BrowserTests.Infrastructure;
using Tracker.Testing.Http;

namespace Tracker.BrowserTests;

/// <summary>
/// The container page and the header's search, through the real host: an enterprise follows its
/// own container live, and finds nothing of another tenant's (the same as an unknown number).
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class ContainerPageTests(SharedBrowserHost host)
{
    [Fact]
    public async Task The_enterprise_sees_its_containers_timeline_and_a_new_milestone_arrives_live()
    {
        var transit = await Supervised.DeclareAsync(host.Api);
        await transit.OnRouteAsync(host.Api);
        await transit.TruckAlongAsync(host.Api);
        await using var page = await host.OpenAsync($"/containers/{transit.Container}", "enterprise", tenant: transit.Tenant);
        await page.WaitForViewAsync("container");
        await page.WaitForAsync("() => document.querySelector('main[data-state=found]')");
        await page.WaitForAsync("() => document.querySelectorAll('.timeline li').length >= 5");

        // Actual milestones are drawn solid; the estimated gate-in at the destination is marked so.
        var timeline = await page.Page.Locator(".timeline").InnerTextAsync();
        Assert.Contains("Gate out", timeline);
        Assert.Contains("Transit started", timeline);
        Assert.Equal(1, await page.Page.Locator(".timeline li[data-code=GTIN][data-classifier=EST]").CountAsync());
        Assert.Contains("Estimated", await page.Page.Locator(".timeline li[data-code=GTIN]").InnerTextAsync());
        Assert.Contains("Sealed", await page.Page.Locator("[data-fact=seal]").InnerTextAsync());
        Assert.Contains("90", await page.Page.Locator("[data-fact=battery]").InnerTextAsync());
        Assert.Contains(transit.Truck, await page.Page.Locator("[data-fact=carrier]").InnerTextAsync());
        // An enterprise follows its boxes, not the customs investigation: no link to the transit page.
        Assert.Equal(0, await page.Page.Locator("[data-fact=carrier] a, [data-fact=transit] a").CountAsync());
        await page.WaitForAsync("() => document.querySelector('#container-map').dataset.hasPosition === 'true'");
        await page.WaitForConnectedAsync();

        // Customs releases the box: the milestone and the customs step appear without a reload.
        var released = Ids.Unique("cusr");
        await host.Api.EventsAsync(Bodies.Event("EQUIPMENT", "CUSR", DateTimeOffset.UtcNow.AddSeconds(-2), transit.Container, transit.Id, unLocode: "CNTAO", eventId: released));
        await page.WaitForAsync("id => document.querySelector(`.timeline li[data-event='${id}']`)", released);
        Assert.Contains("Customs released", await page.Page.Locator($".timeline li[data-event='{released}']").InnerTextAsync());
        await page.WaitForAsync("() => document.querySelector('.customs-steps [data-step=released]').classList.contains('done')");
        Assert.Contains("Released", await page.Page.Locator("[data-fact=customs]").InnerTextAsync());

        await page.Page.WaitForTimeoutAsync(800);
        await Screenshots.SaveAsync(page, "container-page");
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task The_container_page_reads_in_chinese()
    {
        var transit = await Supervised.DeclareAsync(host.Api);
        await transit.OnRouteAsync(host.Api);
        await transit.TruckAlongAsync(host.Api);
        await using var page = await host.OpenAsync($"/containers/{transit.Container}", "enterprise", "zh", tenant: transit.Tenant);
        await page.WaitForAsync("() => document.querySelectorAll('.timeline li').length >= 5");
        await page.WaitForAsync("() => document.querySelector('#container-map').dataset.hasPosition === 'true'");

        var text = await page.Page.Locator("main").InnerTextAsync();
        Assert.Contains("物流节点", text);
        Assert.Contains("预计", await page.Page.Locator(".timeline li[data-code=GTIN]").InnerTextAsync());
        await page.Page.WaitForTimeoutAsync(800);
        await Screenshots.SaveAsync(page, "container-page-zh");
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task Another_tenants_container_reads_exactly_like_an_unknown_one()
    {
        var transit = await Supervised.DeclareAsync(host.Api);
        var stranger = Ids.Unique("tenant");

        var theirs = await NotFoundTextAsync(transit.Container);
        var unknown = await NotFoundTextAsync(Ids.Container());

        Assert.Contains("Container not found", theirs);
        Assert.Equal(unknown.Replace(Number(unknown), "N"), theirs.Replace(transit.Container, "N"));

        async Task<string> NotFoundTextAsync(string number)
        {
            await using var page = await host.OpenAsync($"/containers/{number}", "enterprise", tenant: stranger);
            await page.WaitForAsync("() => document.querySelector('main[data-state]')?.dataset.state === 'not-found'");
            Assert.Equal(0, await page.Page.Locator(".timeline, #container-map").CountAsync());
            // The browser logs the API's 404 itself; nothing else may go wrong.
            Assert.DoesNotContain(page.Errors, e => !e.Contains("status of 404", StringComparison.Ordinal));
            return await page.Page.Locator(".not-found-card").InnerTextAsync();
        }

        static string Number(string text) => System.Text.RegularExpressions.Regex.Match(text, "[A-Z]{4}[0-9]{7}").Value;
    }

    [Fact]
    public async Task The_header_search_opens_a_container_and_shows_why_a_number_is_refused()
    {
        var transit = await Supervised.DeclareAsync(host.Api);
        await using var page = await host.OpenAsync("/containers", "enterprise", tenant: transit.Tenant);
        var search = page.Page.Locator(".container-search input");

        await search.FillAsync($"  {transit.Container.ToLowerInvariant()} ");
        await search.PressAsync("Enter");
        await page.WaitForAddressAsync($"/containers/{transit.Container}");
        await page.WaitForAsync("() => document.querySelector('main[data-state=found]')");

        await search.FillAsync(Ids.WithWrongCheckDigit(transit.Container));
        await search.PressAsync("Enter");
        var problem = page.Page.Locator(".container-search [data-problem]");
        await problem.WaitForAsync();
        Assert.Contains("number", await problem.InnerTextAsync());
        await page.WaitForAddressAsync($"/containers/{transit.Container}");
        Assert.DoesNotContain(page.Errors, e => !e.Contains("status of 400", StringComparison.Ordinal));
    }

    [Fact]
    public async Task My_containers_lists_the_tenants_own_containers_only_and_the_filters_narrow_it()
    {
        var tenant = Ids.Unique("tenant");
        var first = await Supervised.DeclareAsync(host.Api, tenant);
        var second = await Supervised.DeclareAsync(host.Api, tenant);
        var strangers = await Supervised.DeclareAsync(host.Api);
        await using var page = await host.OpenAsync("/containers", "enterprise", tenant: tenant);
        await page.WaitForViewAsync("containers");
        await page.WaitForAsync("() => document.querySelectorAll('.containers-table tbody tr').length >= 2");

        Assert.Equal(1, await page.Page.Locator($"tr[data-container={first.Container}]").CountAsync());
        Assert.Equal(1, await page.Page.Locator($"tr[data-container={second.Container}]").CountAsync());
        Assert.Equal(0, await page.Page.Locator($"tr[data-container={strangers.Container}]").CountAsync());
        await Screenshots.SaveAsync(page, "my-containers");

        // The search (debounced) narrows the list to the one number.
        await page.Page.Locator(".filters input[name=q]").FillAsync(second.Container[..8].ToLowerInvariant());
        await page.WaitForAsync(
            "n => { const rows = [...document.querySelectorAll('.containers-table tbody tr')]; return rows.length === 1 && rows[0].dataset.container === n; }",
            second.Container);

        // A transit status none of them has empties it, and says so.
        await page.Page.Locator(".filters input[name=q]").FillAsync("");
        await page.Page.Locator(".filters select[name=status]").SelectOptionAsync("CLOSED");
        await page.WaitForAsync("() => document.querySelector('[data-empty]') && document.querySelectorAll('.containers-table tbody tr').length === 0");
        await page.Page.Locator(".filters select[name=status]").SelectOptionAsync("");
        await page.WaitForAsync("() => document.querySelectorAll('.containers-table tbody tr').length >= 2");

        // Each row opens its container's page.
        await page.Page.Locator($"tr[data-container={first.Container}] a.number").ClickAsync();
        await page.WaitForAddressAsync($"/containers/{first.Container}");
        await page.WaitForAsync("() => document.querySelector('main[data-state=found]')");
        Assert.Empty(page.Errors);
    }
}
