using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tracker.Api.Auth;
using Tracker.Grains.Alerts;
using Tracker.Grains.ArrivalDeletions;
using Tracker.Grains.Containers;
using Tracker.Grains.Live;

namespace Tracker.Api.Hubs;

/// <summary>
/// This host's end of the live pipeline: registered with every live index shard as an observer, it
/// receives every silo's coalesced changes, sorts them into the views its clients watch and
/// sends each view at most every 250 ms as one "deltas" message to that view's group.
/// </summary>
public sealed partial class LiveBroadcaster(
    IGrainFactory grains,
    IHubContext<LiveHub> hub,
    LiveSubscriptions subscriptions,
    ILogger<LiveBroadcaster> logger) : BackgroundService, ILiveObserver
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// How long a deltas message may wait for a client that does not read (its transport buffer full, see
    /// RequestLimitOptions.HubSendBufferBytes): then SignalR drops that connection, and the client reconnects
    /// to a fresh snapshot, rather than the host buffering for it without end.
    /// </summary>
    public static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Registrations expire after a minute at the index. Renewed often, because an index that
    /// moved to another silo (its silo died) starts with no hosts and learns them from renewals.
    /// </summary>
    private static readonly TimeSpan Renewal = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a stopping host waits to unregister. An index on a silo that died holds the call
    /// until that silo is declared dead; the registration expires by itself within a minute anyway.
    /// </summary>
    private static readonly TimeSpan UnregisterWithin = TimeSpan.FromSeconds(2);

    private ConcurrentDictionary<string, ConcurrentDictionary<string, LiveItem>> _pending = new(StringComparer.Ordinal);

    public Task OnItems(ImmutableArray<LiveItem> items)
    {
        var views = subscriptions.Views;
        foreach (var view in views)
        {
            foreach (var item in items)
            {
                if (LiveViews.Shows(ContainerViewScope.ViewOf(view), item))
                {
                    var pending = _pending.GetOrAdd(view, _ => new(StringComparer.Ordinal));
                    pending.AddOrUpdate(item.Id, item, (_, known) => known.Time > item.Time ? known : item);
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task OnAlert(AlertView alert) =>
        hub.Clients.Groups([AlertGroups.All, .. alert.Offices.Select(AlertGroups.Office)]).SendAsync("alert", alert);

    /// <summary>To the groups of the request's parties and of control: each client is in at most one of them.</summary>
    public Task OnArrivalDeletion(ArrivalDeletionView request) =>
        hub.Clients.Groups(ArrivalDeletionGroups.For(request)).SendAsync("arrivalDeletion", request);

    /// <summary>
    /// What a view may show of an item: a container view names only its own container, never
    /// the other boxes aboard the same vessel or train (they may be other tenants'); an office's
    /// flow view only its own office's boxes aboard a vessel (<see cref="LiveViews.Project"/>).
    /// </summary>
    public static LiveItem Project(string view, LiveItem item) =>
        LiveViews.Project(view, view.StartsWith(LiveViews.ContainerPrefix, StringComparison.Ordinal)
            ? item with { Containers = [view[LiveViews.ContainerPrefix.Length..]] }
            : item);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var self = grains.CreateObjectReference<ILiveObserver>(this);
        var shards = LiveIndex.AllShards(grains).ToList();
        var renewAt = DateTime.MinValue;
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (DateTime.UtcNow >= renewAt)
                {
                    var registered = await Task.WhenAll(shards.Select(index => Register(index, self, stoppingToken)));
                    renewAt = registered.All(r => r) ? DateTime.UtcNow + Renewal : DateTime.UtcNow + TimeSpan.FromSeconds(1);
                }

                await timer.WaitForNextTickAsync(stoppingToken);
                Flush();
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            await Task.WhenAll(shards.Select(index => Unregister(index, self)));
            grains.DeleteObjectReference<ILiveObserver>(self);
        }
    }

    /// <summary>
    /// Starts every view's send and waits for none: awaited, one client that stops reading held up the next
    /// tick of every view for everyone (a group send completes when its slowest connection took the message).
    /// </summary>
    private void Flush()
    {
        if (_pending.IsEmpty)
        {
            return;
        }

        // A key is a view's group: a customs office's flow view has its own (LiveViews.ForOffice), named to the client as the view.
        var batch = Interlocked.Exchange(ref _pending, new(StringComparer.Ordinal));
        foreach (var view in batch)
        {
            _ = Send(view.Key, [.. view.Value.Values]);
        }
    }

    private async Task Send(string key, List<LiveItem> items)
    {
        using var timeout = new CancellationTokenSource(SendTimeout);
        try
        {
            var view = LiveViews.ViewOf(key);
            var projectAs = key;
            if (ContainerViewScope.TryParse(key, out var container, out var number, out var audience))
            {
                (view, projectAs) = (container, container);
                items = await ScopedToAudience(number, audience, items);
                if (items.Count == 0)
                {
                    return;
                }
            }

            await hub.Clients.Group(key).SendAsync("deltas", view, items.Select(i => Project(projectAs, i)).ToArray(), timeout.Token);
        }
        catch (Exception e)
        {
            // A connection that could not take it in time; the others have it already.
            LogSendFailed(e, key);
        }
    }

    /// <summary>
    /// A tenant's or office's container view receives only what its own windows of the box show: another tenant's lock
    /// names the box too. Its box item is the audience's projection, never the whole box's.
    /// </summary>
    private async Task<List<LiveItem>> ScopedToAudience(string number, ContainerAudience audience, List<LiveItem> items)
    {
        try
        {
            var box = await grains.GetGrain<IContainerGrain>(number).View(audience);
            var shown = ContainerViewScope.Filter(box, items);
            if (box.Known && items.Any(i => i.Kind == LiveKind.Container))
            {
                shown.Insert(0, ContainerViewScope.Item(box));
            }

            return shown;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Nothing unscoped goes out; the next change of the box sends its state again.
            LogScopeFailed(e, number);
            return [];
        }
    }

    private async Task<bool> Register(ILiveIndexGrain index, ILiveObserver self, CancellationToken stoppingToken)
    {
        try
        {
            // A stop does not wait for an index whose silo died (see UnregisterWithin).
            if (!await index.Subscribe(self).WaitAsync(stoppingToken))
            {
                // A new index (first start, or restarted after its silo died) may hold changes
                // this host never heard of: catch the watched views up from its snapshot.
                foreach (var view in subscriptions.Views)
                {
                    await OnItems(await index.Snapshot(ContainerViewScope.ViewOf(view)).WaitAsync(stoppingToken));
                }
            }

            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The silo may still be joining its cluster: try again shortly.
            LogRegistrationFailed(e);
            return false;
        }
    }

    private async Task Unregister(ILiveIndexGrain index, ILiveObserver self)
    {
        try
        {
            await index.Unsubscribe(self).WaitAsync(UnregisterWithin);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogRegistrationFailed(e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The container {Number} could not be read to scope its deltas; they were dropped")]
    private partial void LogScopeFailed(Exception exception, string number);

    [LoggerMessage(Level = LogLevel.Debug, Message = "A deltas message of {View} was not taken by every client in time; those clients are dropped")]
    private partial void LogSendFailed(Exception exception, string view);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Live index registration failed; retrying")]
    private partial void LogRegistrationFailed(Exception exception);
}
