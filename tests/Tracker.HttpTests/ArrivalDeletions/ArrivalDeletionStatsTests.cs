using System.Net;
using System.Text.Json.Nodes;

namespace Tracker.HttpTests.ArrivalDeletions;

/// <summary>The figures of an office's requests (control: all): counts by outcome and minutes to approval.</summary>
public sealed class ArrivalDeletionStatsTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Path = "/api/v1/stats/arrival-deletions";

    private readonly HostApi _api = host.Api;

    [Fact]
    public async Task An_office_counts_its_requests_by_outcome_and_the_time_to_approval()
    {
        var p = await DeletionParties.PrepareAsync(_api);
        var terminal = await p.TerminalAsync();
        var customs = await p.CustomsAsync();
        var before = await _api.GetOkAsync(Path, await _api.ControlAsync());

        var approved = Json.Str((await p.CreateAsync(resend: true))["id"])!;
        await p.StepOkAsync(approved, "confirm", terminal);
        await p.StepOkAsync(approved, "approve", customs);
        var rejected = Json.Str((await p.CreateAsync())["id"])!;
        await p.StepOkAsync(rejected, "confirm", terminal);
        await p.StepOkAsync(rejected, "reject", customs, "no letter");
        var refused = Json.Str((await p.CreateAsync())["id"])!;
        await p.StepOkAsync(refused, "refuse", terminal, "not in the yard");
        await p.CreateAsync();
        await (await p.WithAnotherContainerAsync()).CreateAsync();

        var stats = await _api.GetOkAsync(Path, customs);
        Assert.Equal(5, Json.Num(stats["requested"]));
        Assert.Equal(2, Json.Num(stats["open"]));
        Assert.Equal(1, Json.Num(stats["approved"]));
        Assert.Equal(1, Json.Num(stats["rejected"]));
        Assert.Equal(1, Json.Num(stats["refused"]));
        var minutes = stats["approvalMinutes"]!;
        Assert.Equal(1, Json.Num(minutes["count"]));
        var p50 = minutes["p50"]!.GetValue<double>();
        Assert.InRange(p50, 0, 5);
        Assert.Equal(p50, minutes["p90"]!.GetValue<double>());
        Assert.True(minutes["max"]!.GetValue<double>() >= p50);

        // The other office of the transit counts the same requests; control counts them among all.
        Assert.Equal(5, Json.Num((await _api.GetOkAsync(Path, await _api.TokenAsync("customs", office: p.DestinationOffice)))["requested"]));
        var all = await _api.GetOkAsync(Path, await _api.ControlAsync());
        Assert.True(Json.Num(all["requested"]) >= Json.Num(before["requested"]) + 5);
        Assert.True(Json.Num(all["approved"]) >= Json.Num(before["approved"]) + 1);
    }

    [Fact]
    public async Task An_office_without_requests_has_zeros_and_no_times()
    {
        var stats = await _api.GetOkAsync(Path, await _api.TokenAsync("customs", office: Ids.Unique("office")));

        Assert.Equal(0, Json.Num(stats["requested"]));
        Assert.Equal(0, Json.Num(stats["approvalMinutes"]!["count"]));
        Assert.Null(stats["approvalMinutes"]!["p50"]);
    }

    [Theory]
    [InlineData("enterprise")]
    [InlineData("terminal")]
    public async Task The_figures_are_for_customs_and_control(string role)
    {
        var token = await _api.TokenAsync(role, tenant: role == "enterprise" ? "acme" : null, facility: role == "terminal" ? "QQCT" : null);

        Assert.Equal(HttpStatusCode.Forbidden, (await _api.GetAsync(Path, token)).StatusCode);
    }
}
