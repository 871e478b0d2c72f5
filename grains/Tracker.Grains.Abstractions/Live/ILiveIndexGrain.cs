using System.Collections.Immutable;
using Tracker.Grains.Alerts;
using Tracker.Grains.ArrivalDeletions;

namespace Tracker.Grains.Live;

/// <summary>
/// One shard of the cluster's live index (key: the shard's number, see <see cref="LiveIndex"/>):
/// every silo's feed pushes its coalesced changes of the shard here every 250 ms; it keeps the
/// latest item of each object (for snapshots) and passes the changes on to every host that has
/// hub clients, wherever the grains behind them live.
/// </summary>
[Alias("tracker.ILiveIndexGrain")]
public interface ILiveIndexGrain : IGrainWithIntegerKey
{
    [Alias("push")]
    Task Push(ImmutableArray<LiveItem> items);

    [Alias("alert")]
    Task PushAlert(AlertView alert);

    [Alias("arrival-deletion")]
    Task PushArrivalDeletion(ArrivalDeletionView request);

    [Alias("snapshot")]
    Task<ImmutableArray<LiveItem>> Snapshot(string view);

    /// <summary>
    /// Hosts register, and re-register before the registration expires. False when the index
    /// did not know the host (it has just started, perhaps on another silo after a failure):
    /// the host may have missed changes and should catch up from snapshots.
    /// </summary>
    [Alias("subscribe")]
    Task<bool> Subscribe(ILiveObserver host);

    [Alias("unsubscribe")]
    Task Unsubscribe(ILiveObserver host);
}
