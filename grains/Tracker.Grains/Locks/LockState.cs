using Tracker.Domain.Events;
using Tracker.Grains.Locks;
using Tracker.Grains.Tracks;

namespace Tracker.Grains.Locks;

public sealed class LockState
{
    public LockBinding? Binding { get; set; }

    public SealState? Seal { get; set; }

    public double? BatteryPct { get; set; }

    public FixLog Fixes { get; set; } = new();
}
