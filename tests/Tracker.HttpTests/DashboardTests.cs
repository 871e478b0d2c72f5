using System.Net;

namespace Tracker.HttpTests;

/// <summary>The Orleans dashboard at /dashboard is for admins only, and usable from a browser.</summary>
public sealed class DashboardTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly HostApi _api = host.Api;

    private async Task<HttpStatusCode> OpenAsBrowserAsync(string? token)
    {
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true }) { BaseAddress = _api.BaseAddress };
        var response = await browser.GetAsync(new Uri(token is null ? "/dashboard/" : $"/dashboard?access_token={token}", UriKind.Relative));
        return response.StatusCode;
    }

    [Fact]
    public async Task Without_a_token_the_dashboard_is_refused() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await OpenAsBrowserAsync(null));

    [Theory]
    [InlineData("control")]
    [InlineData("device")]
    public async Task Other_roles_are_forbidden_the_dashboard(string role) =>
        Assert.Equal(HttpStatusCode.Forbidden, await OpenAsBrowserAsync(await _api.TokenAsync(role)));

    [Fact]
    public async Task An_admin_opens_the_dashboard_in_a_browser()
    {
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = _api.BaseAddress };

        var page = await browser.GetAsync(new Uri($"/dashboard?access_token={await _api.AdminAsync()}", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();

        // The token left the address bar; the page's own calls carry the cookie.
        Assert.Equal("/dashboard/", page.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Orleans Dashboard", html, StringComparison.Ordinal);
    }
}
