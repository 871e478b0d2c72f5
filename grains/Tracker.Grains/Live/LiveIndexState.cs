namespace Tracker.Grains.Live;

/// <summary>The live index as last written: the latest item of every object on the map.</summary>
public sealed class LiveIndexState
{
    public List<LiveItem> Items { get; set; } = [];
}
