using Tracker.BrowserTests.Infrastructure;
using Tracker.Testing.Http;

namespace Tracker.BrowserTests;

/// <summary>Signing in through the page for each role, and being sent back when the token is refused or has expired.</summary>
[Collection(SharedBrowser.Name)]
public sealed class SignInTests(SharedBrowserHost host)
{
    [Theory]
    [InlineData("control", null, "overview")]
    [InlineData("customs", "office", "overview")]
    [InlineData("admin", null, "overview")]
    [InlineData("enterprise", "tenant", "enterprise")]
    public async Task Each_role_signs_in_from_the_picker_and_lands_on_its_page(string role, string? scope, string view)
    {
        var scopeValue = Ids.Unique(scope ?? "none");
        await using var page = await host.OpenAsync("/water", role: null);
        await page.WaitForAddressAsync("/sign-in?next=%2Fwater");

        var card = page.Page.Locator($"form[data-role={role}]");
        if (scope is not null)
        {
            await card.Locator($"input[name={scope}]").FillAsync(scopeValue);
        }

        await card.Locator("button[type=submit]").ClickAsync();

        // Control, customs and admin go where they were headed; an enterprise has no flow views and lands on its own page.
        await page.WaitForViewAsync(view == "overview" ? "water" : "enterprise");
        var token = await page.Page.EvaluateAsync<string>("() => sessionStorage.getItem('tracker.token')");
        var me = await host.Api.GetOkAsync("/api/v1/me", token);
        Assert.Equal(role, Json.Str(me["role"]));
        if (scope is not null)
        {
            Assert.Equal(scopeValue, Json.Str(me[scope]));
            Assert.Contains(scopeValue, await page.Page.Locator(".who").InnerTextAsync());
        }

        if (view == "overview")
        {
            await page.WaitForConnectedAsync();
        }

        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task Signing_out_clears_the_token_and_returns_to_sign_in()
    {
        await using var page = await host.OpenAsync("/", "control");
        await page.WaitForConnectedAsync();

        await page.Page.ClickAsync("[data-action=sign-out]");

        await page.WaitForAddressAsync("/sign-in?reason=signedOut");
        Assert.Null(await page.Page.EvaluateAsync<string?>("() => sessionStorage.getItem('tracker.token')"));
        await page.Page.GotoAsync(new Uri(host.Host.BaseAddress, "/road").ToString());
        await page.WaitForAddressAsync("/sign-in?next=%2Froad");
    }

    [Fact]
    public async Task A_token_the_host_did_not_sign_goes_back_to_sign_in_saying_it_was_refused()
    {
        await using var page = await host.OpenAsync("/", role: null, token: Tokens.SignedElsewhere("control"));

        await page.WaitForAddressAsync("/sign-in?reason=refused");
        await page.Page.Locator("[data-reason=refused]").WaitForAsync();
        Assert.Contains("refused", await page.Page.Locator("[data-reason=refused]").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Null(await page.Page.EvaluateAsync<string?>("() => sessionStorage.getItem('tracker.token')"));
    }

    [Fact]
    public async Task An_expired_token_goes_back_to_sign_in_saying_it_expired()
    {
        await using var page = await host.OpenAsync("/rail", role: null, token: Tokens.Expired("control"));

        await page.WaitForAddressAsync("/sign-in?reason=expired");
        Assert.Contains("expired", await page.Page.Locator("[data-reason=expired]").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_page_left_open_returns_to_sign_in_when_its_token_expires()
    {
        // Long enough for the page to connect first on a loaded machine (it took over 8 s in a CI run), so the expiry meets a live page.
        await using var page = await host.OpenAsync("/", role: null, token: Tokens.ExpiringIn("control", TimeSpan.FromSeconds(20)));
        await page.WaitForConnectedAsync();

        await page.WaitForAddressAsync("/sign-in?reason=expired");
        Assert.Null(await page.Page.EvaluateAsync<string?>("() => sessionStorage.getItem('tracker.token')"));
    }

    [Fact]
    public async Task A_pasted_token_signs_in_and_a_malformed_one_is_refused_on_the_spot()
    {
        await using var page = await host.OpenAsync("/sign-in", role: null);
        var form = page.Page.Locator("form.token-form");

        await form.Locator("textarea").FillAsync("not a token");
        await form.Locator("button").ClickAsync();
        await form.Locator(".error").WaitForAsync();

        await form.Locator("textarea").FillAsync(await host.Api.ControlAsync());
        await form.Locator("button").ClickAsync();
        await page.WaitForViewAsync("overview");
        await page.WaitForConnectedAsync();
    }
}
