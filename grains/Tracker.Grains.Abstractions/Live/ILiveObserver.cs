using System.Collections.Immutable;
using Tracker.Grains.Alerts;
using Tracker.Grains.ArrivalDeletions;

namespace Tracker.Grains.Live;

/// <summary>A host with hub clients: receives every silo's coalesced changes.</summary>
[Alias("tracker.ILiveObserver")]
public interface ILiveObserver : IGrainObserver
{
    [Alias("items")]
    Task OnItems(ImmutableArray<LiveItem> items);

    /// <summary>An alert raised or changed: sent on at once, never held for a tick.</summary>
    [Alias("alert")]
    Task OnAlert(AlertView alert);

    /// <summary>An arrival-report deletion request created or moved on: sent on at once, like an alert.</summary>
    [Alias("arrival-deletion")]
    Task OnArrivalDeletion(ArrivalDeletionView request);
}
