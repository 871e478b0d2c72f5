using System.Net;
using Tracker.Api.Auth;
using Tracker.Testing.Hosts;

namespace Tracker.HttpTests.Security;

/// <summary>
/// The real host's start with the dev-token rule and the signing key (issue 13 item 5): what cannot be
/// served safely is refused before anything listens.
/// </summary>
public sealed class StartupKeyTests
{
    private const string Key = "a-production-signing-key-of-at-least-32-characters";

    [Fact]
    public async Task A_host_reachable_from_outside_in_production_refuses_to_start_without_a_signing_key()
    {
        // Refused while the host is built: nothing ever listens on 0.0.0.0.
        var e = await Assert.ThrowsAsync<AuthConfigurationException>(() => RunningHost.StartInMemoryAsync(
            "--urls=http://0.0.0.0:0", "--Auth:DevTokens=true", "--environment=Production"));

        Assert.Contains("Auth:SigningKey must be set", e.Message, StringComparison.Ordinal);
        Assert.Contains("0.0.0.0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_dev_tokens_a_host_refuses_to_start_without_a_signing_key()
    {
        var e = await Assert.ThrowsAsync<AuthConfigurationException>(() => RunningHost.StartInMemoryAsync("--Auth:DevTokens=false"));

        Assert.Contains("Auth:SigningKey must be set", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_signing_key_is_refused()
    {
        var e = await Assert.ThrowsAsync<AuthConfigurationException>(() => RunningHost.StartInMemoryAsync(
            "--Auth:DevTokens=false", "--Auth:SigningKey=too-short-a-key"));

        Assert.Contains("Auth:SigningKey is 15 bytes long", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_loopback_run_with_no_auth_settings_serves_dev_tokens_even_in_production()
    {
        // "--Auth:DevTokens=" leaves the setting unset, as the shipped appsettings.json does.
        await using var host = await RunningHost.StartInMemoryAsync("--Auth:DevTokens=", "--environment=Production");
        using var api = new HostApi(host.Address);

        var admin = await api.AdminAsync();

        using var me = await api.GetAsync("/api/v1/me", admin);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
    }

    [Fact]
    public async Task With_a_key_and_dev_tokens_off_there_is_no_dev_endpoint_and_the_development_key_is_refused()
    {
        await using var host = await RunningHost.StartInMemoryAsync("--Auth:DevTokens=false", $"--Auth:SigningKey={Key}");
        using var api = new HostApi(host.Address);

        using var token = await api.PostAsync("/api/v1/dev/token", Json.Obj(("role", "admin")), token: null);
        using var parties = await api.GetAsync("/api/v1/dev/parties", token: null);
        using var forged = await api.GetAsync("/api/v1/me", Tokens.WithKey(AuthOptions.DevelopmentKey, "admin"));
        using var own = await api.GetAsync("/api/v1/me", Tokens.WithKey(Key, "admin"));

        Assert.Equal(HttpStatusCode.NotFound, token.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, parties.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }
}
