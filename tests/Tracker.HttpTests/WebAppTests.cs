using System.Net;

namespace Tracker.HttpTests;

/// <summary>The host serves the browser app's page for its routes, and only for them.</summary>
public sealed class WebAppTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly HostApi _api = host.Api;

    [Theory]
    [InlineData("/")]
    [InlineData("/water")]
    [InlineData("/rail")]
    [InlineData("/road")]
    [InlineData("/sign-in")]
    [InlineData("/containers")]
    [InlineData("/containers/CSQU3054383")]
    [InlineData("/alerts")]
    [InlineData("/consignments")]
    [InlineData("/consignments/T-1")]
    [InlineData("/arrival-deletions")]
    public async Task Each_app_route_answers_the_app_page(string path)
    {
        using var response = await _api.GetAsync(path, token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<script type=\"module\" src=\"/app/main.js\">", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/v1/nothing-here")]
    [InlineData("/api/water")]
    [InlineData("/hubs/nothing")]
    [InlineData("/openapi/nothing")]
    [InlineData("/api-docs/nothing/here")]
    [InlineData("/dashboard/nothing")]
    [InlineData("/health/nothing")]
    [InlineData("/no-such-page")]
    public async Task Unknown_paths_stay_404_and_never_get_the_app_page(string path)
    {
        using var response = await _api.GetAsync(path, await _api.AdminAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("/app/main.js", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_page_and_its_modules_allow_scripts_from_this_host_only_and_are_revalidated()
    {
        using var page = await _api.GetAsync("/water", token: null);
        using var module = await _api.GetAsync("/app/main.js", token: null);

        foreach (var response in new[] { page, module })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
            Assert.True(response.Headers.CacheControl?.NoCache, "no-cache: a new version is never mixed with cached modules");
        }
    }

    [Fact]
    public async Task The_vendored_libraries_and_basemap_are_served_from_the_host()
    {
        foreach (var path in new[] { "/lib/leaflet/leaflet-src.esm.js", "/lib/signalr/signalr.min.js", "/lib/preact/hooks.module.js", "/lib/world-atlas/land-10m-region.json" })
        {
            using var response = await _api.GetAsync(path, token: null);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        }
    }
}
