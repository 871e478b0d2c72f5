using Tracker.BrowserTests.Infrastructure;

namespace Tracker.BrowserTests;

/// <summary>The app in Chinese and English: the switch, what it changes, and that it is remembered.</summary>
[Collection(SharedBrowser.Name)]
public sealed class LanguageTests(SharedBrowserHost host)
{
    [Fact]
    public async Task The_switch_renders_the_page_in_chinese_and_the_choice_is_remembered()
    {
        var transit = await Transits.RoadAsync(host.Api);
        await Transits.LockFixAsync(host.Api, transit.Lock, 1, Transits.Lat, Transits.Lon, seal: "tampered");
        await using var page = await host.OpenAsync("/road", "control", "en");
        await page.WaitForConnectedAsync();
        await page.MarkerPointAsync($"lock:{transit.Lock}");
        await page.Page.Locator(".counters [data-kind=lock]").WaitForAsync();
        Assert.Equal("en", await page.Page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Road transit", await page.Page.InnerTextAsync("[data-nav=road]"));

        await page.Page.ClickAsync("[data-lang=zh]");

        Assert.Equal("zh-CN", await page.Page.GetAttributeAsync("html", "lang"));
        Assert.Equal("公路转关", await page.Page.InnerTextAsync("[data-nav=road]"));
        Assert.Equal("实时", await page.Page.InnerTextAsync(".connection span:not(.dot)"));
        Assert.Contains("智能锁", await page.Page.InnerTextAsync(".counters"));
        Assert.Contains("青岛", await page.Page.InnerTextAsync(".place-label.hub"));
        Assert.Contains("枢纽港", await page.Page.InnerTextAsync(".place-label.hub"));
        await page.Page.Locator($"button[data-type=TAMP][data-alert^='{transit.Id}.']").WaitForAsync();
        Assert.Contains("锁具被破坏", await page.Page.InnerTextAsync($"button[data-type=TAMP][data-alert^='{transit.Id}.']"));
        await page.ScreenshotAsync("road-switched-to-zh");

        await page.Page.ReloadAsync();
        await page.WaitForConnectedAsync();
        Assert.Equal("zh-CN", await page.Page.GetAttributeAsync("html", "lang"));
        Assert.Equal("总览", await page.Page.InnerTextAsync("[data-nav=overview]"));
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task Chinese_has_every_text_english_has()
    {
        await using var page = await host.OpenAsync("/sign-in", role: null);

        var missing = await page.Page.EvaluateAsync<string[]>(
            """
            async () => {
              const [en, zh] = await Promise.all([import('/app/i18n/en.js'), import('/app/i18n/zh.js')]);
              const keys = (o, prefix = '') => Object.entries(o).flatMap(([k, v]) => typeof v === 'object' ? keys(v, prefix + k + '.') : [prefix + k]);
              const zhKeys = new Set(keys(zh.default));
              return keys(en.default).filter(k => !zhKeys.has(k));
            }
            """);

        Assert.Empty(missing);
    }

    [Fact]
    public async Task The_first_visit_follows_the_browser_language()
    {
        var context = await host.OpenAsync("/sign-in", role: null, language: "zh");
        await using (context)
        {
            await context.Page.EvaluateAsync("() => localStorage.removeItem('tracker.lang')");
            await context.Page.ReloadAsync();
            await context.WaitForViewAsync("sign-in");

            Assert.Equal("zh-CN", await context.Page.GetAttributeAsync("html", "lang"));
            Assert.Equal("登录", await context.Page.InnerTextAsync("main h1"));
        }
    }
}
