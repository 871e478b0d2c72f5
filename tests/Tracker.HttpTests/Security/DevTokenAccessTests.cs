using Microsoft.Extensions.Configuration;
using Tracker.Api.Auth;

namespace Tracker.HttpTests.Security;

/// <summary>The rule deciding whether a host serves dev tokens (issue 13 item 5), as a plain decision.</summary>
public sealed class DevTokenAccessTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:5000")]
    [InlineData("http://[::1]:5080")]
    [InlineData("https://127.0.0.2:443/")]
    public void Loopback_addresses_are_loopback(string url) => Assert.True(ListenAddresses.IsLoopback(url));

    [Theory]
    [InlineData("http://0.0.0.0:8080")]
    [InlineData("http://*:8080")]
    [InlineData("http://+:8080")]
    [InlineData("http://[::]:8080")]
    [InlineData("http://tracker.example.com:80")]
    [InlineData("http://10.0.0.5:8080")]
    [InlineData("http://unix:/run/tracker.sock")]
    [InlineData("not a url")]
    public void Wildcards_host_names_and_other_addresses_are_not(string url) => Assert.False(ListenAddresses.IsLoopback(url));

    [Theory]
    [InlineData(null, "Production")]
    [InlineData(true, "Production")]
    [InlineData(null, "Development")]
    public void A_host_on_loopback_only_serves_dev_tokens_unless_they_are_turned_off(bool? setting, string environment)
    {
        Assert.True(DevTokenAccess.Decide(setting, ["http://127.0.0.1:5080", "http://localhost:5081"], environment).Allowed);
        Assert.False(DevTokenAccess.Decide(false, ["http://127.0.0.1:5080"], environment).Allowed);
    }

    [Theory]
    [InlineData(true, "Production")]
    [InlineData(true, "production")]
    [InlineData(null, "Production")]
    [InlineData(null, "Staging")]
    [InlineData(false, "Development")]
    public void A_reachable_host_serves_none_in_production_or_unless_asked(bool? setting, string environment)
    {
        var access = DevTokenAccess.Decide(setting, ["http://127.0.0.1:5080", "http://0.0.0.0:8080"], environment);

        Assert.False(access.Allowed);
        Assert.Contains("Auth:DevTokens", access.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reachable_host_serves_them_when_explicitly_enabled_outside_production()
    {
        Assert.True(DevTokenAccess.Decide(true, ["http://0.0.0.0:8080"], "Staging").Allowed);
    }

    [Fact]
    public void The_image_port_variable_and_kestrel_endpoints_count_as_listen_addresses()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:5080",
            ["http_ports"] = "8080",
            ["Kestrel:Endpoints:Https:Url"] = "https://0.0.0.0:8443",
        }).Build();

        var urls = ListenAddresses.From(configuration);

        Assert.Equal(["http://127.0.0.1:5080", "http://*:8080", "https://0.0.0.0:8443"], urls);
        Assert.False(DevTokenAccess.Decide(true, urls, "Production").Allowed);
    }

    [Fact]
    public void With_nothing_configured_kestrel_listens_on_localhost()
    {
        var urls = ListenAddresses.From(new ConfigurationBuilder().Build());

        Assert.True(DevTokenAccess.Decide(null, urls, "Production").Allowed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Without_dev_tokens_or_an_identity_provider_a_signing_key_is_required(string? key)
    {
        var off = DevTokenAccess.Decide(false, ["http://127.0.0.1:5080"], "Production");

        var e = Assert.Throws<AuthConfigurationException>(() => new AuthOptions { SigningKey = key }.EffectiveKey(off));

        Assert.Contains("Auth:SigningKey", e.Message, StringComparison.Ordinal);
        Assert.Null(new AuthOptions { Authority = "https://idp.example/realms/tracker" }.EffectiveKey(off));
    }

    [Fact]
    public void A_short_key_is_refused_even_where_dev_tokens_are_served()
    {
        var on = DevTokenAccess.Decide(null, ["http://127.0.0.1:5080"], "Development");

        var e = Assert.Throws<AuthConfigurationException>(() => new AuthOptions { SigningKey = "0123456789abcdef0123456789abcde" }.EffectiveKey(on));

        Assert.Contains("Auth:SigningKey is 31 bytes", e.Message, StringComparison.Ordinal);
        Assert.Equal(AuthOptions.DevelopmentKey, new AuthOptions().EffectiveKey(on));
    }
}
