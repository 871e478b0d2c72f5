using System.Net;

namespace Tracker.HttpTests.Security;

/// <summary>The security headers of the production profile (issue 13 item 12) on the app, the API and the tools.</summary>
public sealed class SecurityHeaderTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly HostApi _api = host.Api;

    [Theory]
    [InlineData("/")]
    [InlineData("/alerts")]
    [InlineData("/app/main.js")]
    [InlineData("/api/v1/me")]
    [InlineData("/api/v1/no-such-thing")]
    [InlineData("/health/live")]
    public async Task Every_response_forbids_sniffing_framing_and_referrers_and_carries_the_apps_policy(string path)
    {
        using var response = await _api.GetAsync(path, await _api.ControlAsync());

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        var policy = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);

        // HSTS over plain HTTP would be ignored at best: it is sent on HTTPS responses only.
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task The_api_reference_keeps_its_inline_scripts_but_not_framing_or_sniffing()
    {
        using var response = await _api.GetAsync("/api-docs", token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.False(response.Headers.Contains("Content-Security-Policy"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: no {name} header");
}
