using System.Net;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using Tracker.Testing.Hosts;

namespace Tracker.HttpTests.Security;

/// <summary>
/// A real identity provider plugged in by configuration alone (issue 13 item 12): its keys come from its
/// metadata, and its claim names are mapped to ours.
/// </summary>
public sealed class IdentityProviderTests
{
    private const string Audience = "tracker-api";

    private static readonly string[] ProviderRoles = ["offline_access", "customs"];

    [Fact]
    public async Task An_identity_providers_token_is_accepted_with_its_claims_mapped_to_ours()
    {
        using var rsa = RSA.Create(2048);
        var key = new RsaSecurityKey(rsa) { KeyId = "idp-key-1" };
        await using var idp = await FakeIdentityProvider.StartAsync(key);
        await using var host = await RunningHost.StartInMemoryAsync(
            "--Auth:DevTokens=false",
            $"--Auth:Authority={idp.Issuer}",
            "--Auth:RequireHttpsMetadata=false",
            $"--Auth:Audience={Audience}",
            "--Auth:Claims:Role=roles",
            "--Auth:Claims:Office=customs_office",
            "--Auth:Claims:Subject=preferred_username");
        using var api = new HostApi(host.Address);
        var credentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256);

        // The provider lists several roles; a "role" claim of its own is not ours and is dropped.
        var officer = Tokens.Create(credentials, idp.Issuer, Audience, new Dictionary<string, object>
        {
            ["roles"] = ProviderRoles,
            ["customs_office"] = "CNQIN",
            ["preferred_username"] = "li.wei",
            ["role"] = "admin",
        });
        var me = await api.GetOkAsync("/api/v1/me", officer);

        Assert.Equal("customs", (string?)me["role"]);
        Assert.Equal("CNQIN", (string?)me["office"]);
        using var adminOnly = await api.GetAsync("/metrics", officer);
        Assert.Equal(HttpStatusCode.Forbidden, adminOnly.StatusCode);
    }

    [Fact]
    public async Task Tokens_of_another_key_another_audience_or_the_development_key_are_refused()
    {
        using var rsa = RSA.Create(2048);
        using var other = RSA.Create(2048);
        var key = new RsaSecurityKey(rsa) { KeyId = "idp-key-1" };
        await using var idp = await FakeIdentityProvider.StartAsync(key);
        await using var host = await RunningHost.StartInMemoryAsync(
            "--Auth:DevTokens=false", $"--Auth:Authority={idp.Issuer}", "--Auth:RequireHttpsMetadata=false", $"--Auth:Audience={Audience}");
        using var api = new HostApi(host.Address);
        var claims = new Dictionary<string, object> { ["role"] = "admin", ["sub"] = "x" };

        var good = Tokens.Create(new SigningCredentials(key, SecurityAlgorithms.RsaSha256), idp.Issuer, Audience, claims);
        var forged = Tokens.Create(new SigningCredentials(new RsaSecurityKey(other) { KeyId = "idp-key-1" }, SecurityAlgorithms.RsaSha256), idp.Issuer, Audience, claims);
        var elsewhere = Tokens.Create(new SigningCredentials(key, SecurityAlgorithms.RsaSha256), idp.Issuer, "another-api", claims);
        var development = Tokens.WithKey(Tracker.Api.Auth.AuthOptions.DevelopmentKey, "admin", audience: Audience);

        using var accepted = await api.GetAsync("/api/v1/me", good);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        foreach (var token in new[] { forged, elsewhere, development })
        {
            using var refused = await api.GetAsync("/api/v1/me", token);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }
    }
}
