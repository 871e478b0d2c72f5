using Tracker.BrowserTests.Infrastructure;

namespace Tracker.BrowserTests;

/// <summary>Every page loads cleanly, for the roles that use it; a screenshot of each is kept.</summary>
[Collection(SharedBrowser.Name)]
public sealed class PageTests(SharedBrowserHost host)
{
    [Theory]
    [InlineData("/", "overview")]
    [InlineData("/water", "water")]
    [InlineData("/rail", "rail")]
    [InlineData("/road", "road")]
    public async Task Each_flow_view_loads_live_with_no_console_error_in_both_languages(string path, string view)
    {
        foreach (var language in new[] { "en", "zh" })
        {
            await using var page = await host.OpenAsync(path, "control", language);
            await page.WaitForViewAsync(view);
            await page.WaitForConnectedAsync();
            await page.WaitForAsync("() => document.querySelector('#map').dataset.snapshotAt");
            await page.Page.WaitForTimeoutAsync(1000);
            await page.ScreenshotAsync($"{view}-{language}");
            Assert.Empty(page.Errors);
        }
    }

    [Fact]
    public async Task The_sign_in_page_and_the_enterprise_page_load_with_no_console_error()
    {
        await using var signIn = await host.OpenAsync("/sign-in", role: null);
        await signIn.WaitForViewAsync("sign-in");
        await signIn.Page.Locator("form[data-role=control]").WaitForAsync();
        await signIn.ScreenshotAsync("sign-in-en");

        await using var enterprise = await host.OpenAsync("/", "enterprise", tenant: Testing.Http.Ids.Unique("tenant"));
        await enterprise.WaitForViewAsync("enterprise");
        await enterprise.ScreenshotAsync("enterprise-en");

        Assert.Empty(signIn.Errors);
        Assert.Empty(enterprise.Errors);
    }

    [Fact]
    public async Task An_enterprise_is_kept_out_of_the_flow_views()
    {
        await using var enterprise = await host.OpenAsync("/road", "enterprise", tenant: Testing.Http.Ids.Unique("tenant"));
        await enterprise.WaitForAddressAsync("/");
        await enterprise.WaitForViewAsync("enterprise");

        Assert.Equal("disconnected", await enterprise.ConnectionAsync());
        Assert.Equal(0, await enterprise.Page.Locator("#map").CountAsync());
    }
}
