using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Tracker.Api.ArrivalDeletions;
using Tracker.Api.Auth;
using Tracker.Api.Containers;
using Tracker.Domain.Identifiers;
using Tracker.Grains.Alerts;
using Tracker.Grains.Containers;
using Tracker.Grains.Live;

namespace Tracker.Api.Hubs;

/// <summary>
/// The live hub at /hubs/live (API.md "Live push"). A subscription is authorised per view, then
/// answered once with "snapshot" and followed by "deltas" (see <see cref="LiveBroadcaster"/>).
/// </summary>
[Authorize]
public sealed class LiveHub(IGrainFactory grains, LiveSubscriptions subscriptions) : Hub
{
    public async Task Subscribe(string view)
    {
        var container = await Authorize(view);
        if (view == LiveViews.Alerts)
        {
            await SubscribeAlerts();
            return;
        }

        if (view == LiveViews.ArrivalDeletions)
        {
            // No snapshot: the page reads the list, then hears of every change of a request it may see.
            await Groups.AddToGroupAsync(Context.ConnectionId, Caller.From(Context.User!).DeletionGroup()!);
            return;
        }

        var key = KeyOf(view);
        await Groups.AddToGroupAsync(Context.ConnectionId, key);
        subscriptions.Add(Context.ConnectionId, key);

        // The live index knows flow keys (an office's among them) and container views, not a container view's audiences.
        var items = await LiveIndex.Snapshot(grains, container is null ? key : view);
        if (container is not null)
        {
            items = key == view ? items : ContainerViewScope.Filter(container, items);
            items.Insert(0, ContainerViewScope.Item(container));
        }

        var projectAs = container is null ? key : view;
        await Clients.Caller.SendAsync("snapshot", view, items.Select(i => LiveBroadcaster.Project(projectAs, i)).ToArray());
    }

    /// <summary>
    /// The group and subscription key of a view for this caller: a customs officer watches a flow view through
    /// its office's key, so it receives its own office's transits only; a tenant's or office's container view is a
    /// group of its own, projected onto its windows of the box (<see cref="ContainerViewScope"/>); everyone else the view itself.
    /// </summary>
    private string KeyOf(string view)
    {
        var caller = Caller.From(Context.User!);
        return caller is { Role: Roles.Customs, Office: { } office } && LiveViews.Flows.Contains(view)
            ? LiveViews.ForOffice(view, office)
            : ContainerViewScope.Key(view, caller);
    }

    public async Task Unsubscribe(string view)
    {
        if (view == LiveViews.Alerts && Caller.From(Context.User!).AlertGroup is { } group)
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, group);
        }

        if (view == LiveViews.ArrivalDeletions && Caller.From(Context.User!).DeletionGroup() is { } deletions)
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, deletions);
            return;
        }

        var key = KeyOf(view);
        subscriptions.Remove(Context.ConnectionId, key);
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, key);
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        subscriptions.RemoveConnection(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>Alerts go to the officer's office group (control: all); the snapshot is what is not resolved.</summary>
    private async Task SubscribeAlerts()
    {
        var caller = Caller.From(Context.User!);
        await Groups.AddToGroupAsync(Context.ConnectionId, caller.AlertGroup!);
        var (open, _) = await AlertIndex.List(grains, new AlertQuery(Office: caller.Role == Roles.Customs ? caller.Office : null, Take: 500));
        var alerts = await Task.WhenAll(open.Where(a => a.Status != AlertStatus.Resolved).Select(a => grains.GetGrain<IAlertGrain>(a.Id).Get()));
        await Clients.Caller.SendAsync("snapshot", LiveViews.Alerts, alerts.OfType<AlertView>().ToArray());
    }

    /// <summary>Refuses with a hub error unless the caller may watch the view; returns the container of a container view.</summary>
    private async Task<ContainerView?> Authorize(string view)
    {
        var caller = Caller.From(Context.User!);
        var watchesAll = caller.Role is Roles.Control or Roles.Admin or Roles.Customs;
        if (LiveViews.Flows.Contains(view))
        {
            return watchesAll ? null : throw new HubException($"The {view} view is for control and customs.");
        }

        if (view == LiveViews.Alerts)
        {
            return watchesAll ? null : throw new HubException("The alerts view is for customs and control.");
        }

        if (view == LiveViews.ArrivalDeletions)
        {
            return caller.DeletionGroup() is not null
                ? null
                : throw new HubException("The arrival-deletions view is for enterprises, terminals, customs and control.");
        }

        if (view.StartsWith(LiveViews.ContainerPrefix, StringComparison.Ordinal)
            && ContainerNumber.TryParse(view[LiveViews.ContainerPrefix.Length..], out var number, out _)
            && number.Value == view[LiveViews.ContainerPrefix.Length..]
            && await ContainerAudiences.Read(grains, caller, number.Value) is { Known: true } container
            && caller.MaySee(container))
        {
            return container;
        }

        throw new HubException($"Unknown view, or not yours to watch: {view}.");
    }
}
