using System.Text.Json;
using Microsoft.Playwright;
using Tracker.Testing.Paths;

namespace Tracker.BrowserTests.Infrastructure;

/// <summary>
/// One page of the app in its own browser context, with every console error and uncaught
/// exception it produced. Reads what the page exposes for tests: body[data-connection],
/// body[data-view], and the map's data-marker-count, data-kind-counts and data-updated-at.
/// </summary>
public sealed class AppPage : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly IBrowserContext _context;
    private readonly List<string> _errors = [];

    private AppPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (_errors)
                {
                    _errors.Add($"console: {message.Text}");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (_errors)
            {
                _errors.Add($"uncaught: {error}");
            }
        };
    }

    public IPage Page { get; }

    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_errors)
            {
                return [.. _errors];
            }
        }
    }

    public static async Task<AppPage> OpenAsync(IBrowserContext context, Uri url)
    {
        var page = new AppPage(context, await context.NewPageAsync());
        await page.Page.GotoAsync(url.ToString());
        return page;
    }

    public Task<string?> ConnectionAsync() => Page.EvaluateAsync<string?>("() => document.body.dataset.connection");

    public Task WaitForConnectedAsync() => WaitForAsync("() => document.body.dataset.connection === 'connected'");

    /// <summary>Waits until the address bar shows this path and query (the app navigates without reloading).</summary>
    public Task WaitForAddressAsync(string pathAndQuery) => WaitForAsync("wanted => location.pathname + location.search === wanted", pathAndQuery);

    public Task WaitForViewAsync(string view) => WaitForAsync($"() => document.body.dataset.view === '{view}'");

    public async Task WaitForAsync(string predicate, object? argument = null) =>
        await Page.WaitForFunctionAsync(predicate, argument, new PageWaitForFunctionOptions { Timeout = (float)Patience.TotalMilliseconds, PollingInterval = 100 });

    /// <summary>How many markers of each kind the map shows now.</summary>
    public async Task<Dictionary<string, int>> KindCountsAsync()
    {
        var json = await Page.EvaluateAsync<string?>("() => document.querySelector('#map')?.dataset.kindCounts ?? '{}'");
        return JsonSerializer.Deserialize<Dictionary<string, int>>(json ?? "{}")!;
    }

    /// <summary>Waits until the map has a marker for the object (e.g. "lock:L1") and answers where it is drawn, in page pixels.</summary>
    public async Task<(double X, double Y)> MarkerPointAsync(string id)
    {
        await WaitForAsync("id => { const p = window.tracker?.map.markers.containerPointOf(id); return p && !Number.isNaN(p.x); }", id);
        var point = await Page.EvaluateAsync<double[]>("id => { const p = window.tracker.map.markers.containerPointOf(id); return [p.x, p.y]; }", id);
        return (point[0], point[1]);
    }

    /// <summary>Saves a screenshot under artifacts/browser, for people to look at.</summary>
    public async Task ScreenshotAsync(string name)
    {
        var folder = Path.Combine(Repository.Root, "artifacts", "browser");
        Directory.CreateDirectory(folder);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}.png") });
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
