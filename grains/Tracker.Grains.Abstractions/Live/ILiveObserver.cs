using System.Collections.Immutable;

namespace Tracker.Grains.Live;

/// <summary>A host with hub clients: receives every silo's coalesced changes.</summary>
[Alias("tracker.ILiveObserver")]
public interface ILiveObserver : IGrainObserver
{
    [Alias("items")]
    Task OnItems(ImmutableArray<LiveItem> items);
}
