using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Tracker.Api.Auth;
using Tracker.Domain.Identifiers;
using Tracker.Grains.Containers;

namespace Tracker.Api.Hubs;

/// <summary>
/// The live view hub at /hubs/live. Subscriptions are authorised per view; the push pipeline
/// that fills the views with snapshots and deltas is issue 4's.
/// </summary>
[Authorize]
public sealed class LiveHub(IGrainFactory grains) : Hub
{
    private static readonly HashSet<string> FlowViews = ["overview", "water", "rail", "road"];

    public async Task Subscribe(string view)
    {
        await Authorize(view);
        await Groups.AddToGroupAsync(Context.ConnectionId, view);
    }

    public Task Unsubscribe(string view) => Groups.RemoveFromGroupAsync(Context.ConnectionId, view);

    private async Task Authorize(string view)
    {
        var caller = Caller.From(Context.User!);
        if (FlowViews.Contains(view))
        {
            if (caller.Role is not (Roles.Control or Roles.Admin or Roles.Customs))
            {
                throw new HubException($"The {view} view is for control and customs.");
            }

            return;
        }

        if (view == "alerts")
        {
            if (caller.Role is not (Roles.Control or Roles.Admin or Roles.Customs))
            {
                throw new HubException("The alerts view is for customs and control.");
            }

            return;
        }

        if (view.StartsWith("container:", StringComparison.Ordinal)
            && ContainerNumber.TryParse(view["container:".Length..], out var number, out _)
            && caller.MaySee(await grains.GetGrain<IContainerGrain>(number.Value).Get()))
        {
            return;
        }

        throw new HubException($"Unknown view or not allowed: {view}.");
    }
}
