using System.Collections.Immutable;
using Tracker.Grains.Locks;

namespace Tracker.Grains.Bench;

/// <summary>
/// Benchmark baseline (b), keyed by lock id: a grain that takes a batch's fixes for one lock and
/// does nothing with them, so the bench can measure what one grain call per lock costs on its own
/// (activation, scheduling, the call) against the real lock grain.
/// </summary>
[Alias("tracker.IBenchFloorGrain")]
public interface IBenchFloorGrain : IGrainWithStringKey
{
    [Alias("report")]
    Task Report(ImmutableArray<LockFix> fixes);
}
