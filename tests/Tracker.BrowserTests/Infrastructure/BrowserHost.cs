using Microsoft.Playwright;
using Tracker.Testing.Http;
using Tracker.Testing.Hosts;

namespace Tracker.BrowserTests.Infrastructure;

/// <summary>
/// The real host as its own process (file store, so that it can be restarted) and headless
/// Chromium pointed at it. Tests open pages signed in as a role, in a language.
/// </summary>
public class BrowserHost : IAsyncLifetime
{
    private readonly string _store = Path.Combine(Path.GetTempPath(), $"tracker-browser-{Guid.NewGuid():N}");
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public BrowserHost()
    {
        Host = new SiloProcess(["--Storage:Provider=File", $"--Storage:Root={_store}"]);
    }

    public SiloProcess Host { get; }

    public HostApi Api { get; private set; } = null!;

    /// <summary>Settings of this fixture's host beyond the test defaults (the simulator, for one).</summary>
    protected virtual IReadOnlyList<string> Settings => [];

    public async Task InitializeAsync()
    {
        var browser = LaunchBrowserAsync();
        Host.ExtraArgs = Settings;
        await Host.Start();
        Api = new HostApi(Host.BaseAddress);
        await browser;
    }

    /// <summary>A fresh browser context (its own sessionStorage) signed in as the role, or signed out.</summary>
    public async Task<AppPage> OpenAsync(string path, string? role = "control", string language = "en", string? tenant = null, string? office = null, string? token = null)
    {
        token ??= role is null ? null : await Api.TokenAsync(role, tenant, office);
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
            Locale = language == "zh" ? "zh-CN" : "en-GB",
        });
        await context.AddInitScriptAsync(
            $"if (!sessionStorage.getItem('tracker.init')) {{ sessionStorage.setItem('tracker.init', '1'); " +
            $"{(token is null ? "" : $"sessionStorage.setItem('tracker.token', '{token}');")} localStorage.setItem('tracker.lang', '{language}'); }}");
        return await AppPage.OpenAsync(context, new Uri(Host.BaseAddress, path));
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Host.DisposeAsync();
        Api?.Dispose();
        try
        {
            Directory.Delete(_store, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task LaunchBrowserAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
    }
}
