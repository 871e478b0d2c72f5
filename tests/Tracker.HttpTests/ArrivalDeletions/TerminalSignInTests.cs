using System.Net;

namespace Tracker.HttpTests.ArrivalDeletions;

/// <summary>The terminal role: its dev token carries the facility, /me shows it, the picker offers facilities.</summary>
public sealed class TerminalSignInTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly HostApi _api = host.Api;

    [Fact]
    public async Task A_terminal_token_needs_a_facility_of_the_id_rule()
    {
        await Problems.AssertNamesFieldsAsync(await _api.PostAsync("/api/v1/dev/token", Json.Obj(("role", "terminal")), token: null), "facility");
        await Problems.AssertNamesFieldsAsync(
            await _api.PostAsync("/api/v1/dev/token", Json.Obj(("role", "terminal"), ("facility", "no spaces")), token: null), "facility");
    }

    [Fact]
    public async Task Me_shows_the_terminals_facility()
    {
        var me = await _api.GetOkAsync("/api/v1/me", await _api.TokenAsync("terminal", facility: "QQCT-T1"));

        Assert.Equal("terminal", Json.Str(me["role"]));
        Assert.Equal("QQCT-T1", Json.Str(me["facility"]));
    }

    [Fact]
    public async Task The_parties_name_the_facilities_of_declared_transits()
    {
        var p = await DeletionParties.PrepareAsync(_api);
        var declaration = Bodies.RailDeclaration(Ids.Unique("tr"), p.Tenant, p.Office, [Ids.Container()]);
        declaration["destination"] = Json.Obj(("unLocode", "CNTAO"), ("facility", "QQCT-RAIL"));
        await _api.DeclareAsync(declaration);

        using var response = await _api.GetAsync("/api/v1/dev/parties", token: null);
        var parties = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("QQCT-RAIL", Json.Strings(parties["facilities"]));
        Assert.Contains(p.Tenant, Json.Strings(parties["tenants"]));
    }
}
