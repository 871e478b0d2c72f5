using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Orleans.Utilities;
using Tracker.Grains.Alerts;

namespace Tracker.Grains.Live;

/// <summary>
/// Kept in memory only: after a restart it fills again from the next changes, and the
/// grains behind it keep the truth.
/// </summary>
public sealed class LiveIndexGrain(ILogger<LiveIndexGrain> logger) : Grain, ILiveIndexGrain
{
    private readonly Dictionary<string, LiveItem> _latest = new(StringComparer.Ordinal);
    private readonly ObserverManager<ILiveObserver> _hosts = new(TimeSpan.FromMinutes(1), logger);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Never collected while hosts listen: an idle index would lose its snapshot.
        DelayDeactivation(TimeSpan.FromDays(3650));
        return Task.CompletedTask;
    }

    public async Task Push(ImmutableArray<LiveItem> items)
    {
        foreach (var item in items)
        {
            if (!_latest.TryGetValue(item.Id, out var known) || known.Time <= item.Time)
            {
                _latest[item.Id] = item;
            }
        }

        await _hosts.Notify(host => host.OnItems(items));
    }

    public Task PushAlert(AlertView alert) => _hosts.Notify(host => host.OnAlert(alert));

    public Task<ImmutableArray<LiveItem>> Snapshot(string view) =>
        Task.FromResult(_latest.Values.Where(i => LiveViews.Shows(view, i)).ToImmutableArray());

    public Task<bool> Subscribe(ILiveObserver host)
    {
        var known = _hosts.Observers.ContainsKey(host);
        _hosts.Subscribe(host, host);
        return Task.FromResult(known);
    }

    public Task Unsubscribe(ILiveObserver host)
    {
        _hosts.Unsubscribe(host);
        return Task.CompletedTask;
    }
}
