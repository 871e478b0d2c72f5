using System.Net;
using Tracker.Testing.Clients;

namespace Tracker.HttpTests;

/// <summary>
/// A scoped role's token must name its scope (issue 13 item 3): customs its office, an enterprise its tenant,
/// a terminal its facility. Without it every scoped check compared against nothing, and a customs token without
/// an office read every office's alerts and statistics.
/// </summary>
public sealed class ScopeClaimTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly HostApi _api = host.Api;

    public static TheoryData<string, string> PathsByRole => new()
    {
        { "customs", "/api/v1/alerts" },
        { "customs", "/api/v1/alerts/counts" },
        { "customs", "/api/v1/stats/supervision" },
        { "customs", "/api/v1/stats/arrival-deletions" },
        { "customs", "/api/v1/consignments" },
        { "customs", "/api/v1/vessels/9074729" },
        { "customs", "/api/v1/me" },
        { "enterprise", "/api/v1/containers" },
        { "enterprise", "/api/v1/consignments" },
        { "enterprise", "/api/v1/arrival-deletions" },
        { "enterprise", "/api/v1/me" },
        { "terminal", "/api/v1/arrival-deletions" },
        { "terminal", "/api/v1/me" },
    };

    [Theory]
    [MemberData(nameof(PathsByRole))]
    public async Task A_scoped_role_without_its_scope_claim_is_a_403_problem(string role, string path)
    {
        using var response = await _api.GetAsync(path, host.Host.Token(role));

        await Problems.AssertAsync(response, HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("customs")]
    [InlineData("enterprise")]
    [InlineData("terminal")]
    public async Task A_scoped_role_without_its_scope_claim_cannot_open_the_live_hub(string role)
    {
        var refused = await Assert.ThrowsAnyAsync<HttpRequestException>(() => LiveClient.ConnectAsync(_api.BaseAddress, host.Host.Token(role)));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task The_same_roles_with_their_claims_are_let_in()
    {
        Assert.Equal("QDCUS", Json.Str((await _api.GetOkAsync("/api/v1/me", host.Host.Token("customs", office: "QDCUS")))["office"]));
        await _api.GetOkAsync("/api/v1/containers", host.Host.Token("enterprise", tenant: "acme"));
        await _api.GetOkAsync("/api/v1/arrival-deletions", host.Host.Token("terminal", facility: "QQCT"));
        await using var live = await LiveClient.ConnectAsync(_api.BaseAddress, host.Host.Token("customs", office: "QDCUS"));
        await live.SubscribeAsync("alerts");
    }

    [Fact]
    public async Task An_empty_scope_claim_counts_as_missing()
    {
        using var response = await _api.GetAsync("/api/v1/alerts", host.Host.Token("customs", office: ""));

        await Problems.AssertAsync(response, HttpStatusCode.Forbidden);
    }
}
