using System.Net;
using System.Text.Json.Nodes;

namespace Tracker.HttpTests.ArrivalDeletions;

/// <summary>Each party lists its own requests, newest first and keyset-paged; control and admin list all.</summary>
public sealed class ArrivalDeletionListTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly HostApi _api = host.Api;

    private async Task<string[]> IdsAsync(string query, string token) =>
        [.. (await _api.GetOkAsync($"/api/v1/arrival-deletions{query}", token))["items"]!.AsArray().Select(i => Json.Str(i!["id"])!)];

    [Fact]
    public async Task Each_party_lists_its_own_requests_newest_first_and_nobody_elses()
    {
        var p = await DeletionParties.PrepareAsync(_api);
        var q = await DeletionParties.PrepareAsync(_api);
        var older = Json.Str((await p.CreateAsync())["id"])!;
        var second = await p.WithAnotherContainerAsync();
        var newer = Json.Str((await second.CreateAsync())["id"])!;
        var theirs = Json.Str((await q.CreateAsync())["id"])!;

        Assert.Equal([newer, older], await IdsAsync("", await p.EnterpriseAsync()));
        Assert.Equal([newer, older], await IdsAsync("", await p.TerminalAsync()));
        Assert.Equal([newer, older], await IdsAsync("", await p.CustomsAsync()));
        Assert.Equal([newer, older], await IdsAsync("", await _api.TokenAsync("customs", office: p.DestinationOffice)));
        Assert.Equal([theirs], await IdsAsync("", await q.EnterpriseAsync()));

        var all = await IdsAsync("?limit=200", await _api.ControlAsync());
        Assert.Contains(theirs, all);
        Assert.True(Array.IndexOf(all, newer) < Array.IndexOf(all, older));
        Assert.Contains(older, await IdsAsync("?limit=200", await _api.AdminAsync()));
    }

    [Fact]
    public async Task The_list_filters_by_status_and_container()
    {
        var p = await DeletionParties.PrepareAsync(_api);
        var refused = Json.Str((await p.CreateAsync())["id"])!;
        await p.StepOkAsync(refused, "refuse", await p.TerminalAsync(), "not here");
        var open = Json.Str((await p.CreateAsync())["id"])!;
        var other = await p.WithAnotherContainerAsync();
        var elsewhere = Json.Str((await other.CreateAsync())["id"])!;
        var token = await p.EnterpriseAsync();

        Assert.Equal([refused], await IdsAsync("?status=REFUSED", token));
        Assert.Equal([elsewhere, open], await IdsAsync("?status=requested", token));
        Assert.Equal([open, refused], await IdsAsync($"?container={p.Container}", token));
        Assert.Equal([elsewhere], await IdsAsync($"?container={other.Container}&status=REQUESTED", token));
    }

    [Fact]
    public async Task Pages_follow_each_other_by_the_opaque_cursor_without_repeats()
    {
        var p = await DeletionParties.PrepareAsync(_api);
        var ids = new List<string>();
        var parties = p;
        for (var n = 0; n < 3; n++)
        {
            ids.Insert(0, Json.Str((await parties.CreateAsync())["id"])!);
            parties = await p.WithAnotherContainerAsync();
        }

        var token = await p.TerminalAsync();
        var first = await _api.GetOkAsync("/api/v1/arrival-deletions?limit=2", token);
        var next = Json.Str(first["next"])!;
        var second = await _api.GetOkAsync($"/api/v1/arrival-deletions?limit=2&page={Uri.EscapeDataString(next)}", token);

        Assert.Equal(ids, first["items"]!.AsArray().Concat(second["items"]!.AsArray()).Select(i => Json.Str(i!["id"])));
        Assert.Null(second["next"]);
    }

    [Fact]
    public async Task Bad_filters_and_a_page_not_handed_out_are_refused_naming_the_field()
    {
        var token = await _api.ControlAsync();

        await Problems.AssertNamesFieldsAsync(await _api.GetAsync("/api/v1/arrival-deletions?status=DONE", token), "status");
        await Problems.AssertNamesFieldsAsync(await _api.GetAsync("/api/v1/arrival-deletions?container=CSQU3054384", token), "container");
        await Problems.AssertNamesFieldsAsync(await _api.GetAsync("/api/v1/arrival-deletions?page=xyz", token), "page");
        await Problems.AssertNamesFieldsAsync(await _api.GetAsync("/api/v1/arrival-deletions?limit=0", token), "limit");
    }

    [Fact]
    public async Task Devices_may_not_list_requests() =>
        Assert.Equal(HttpStatusCode.Forbidden, (await _api.GetAsync("/api/v1/arrival-deletions", await _api.DeviceAsync())).StatusCode);
}
