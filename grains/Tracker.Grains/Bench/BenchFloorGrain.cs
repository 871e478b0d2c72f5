using System.Collections.Immutable;
using Tracker.Grains.Locks;

namespace Tracker.Grains.Bench;

/// <summary>The floor of a design with one grain per lock: the call and nothing else (see <see cref="IBenchFloorGrain"/>).</summary>
public sealed class BenchFloorGrain : Grain, IBenchFloorGrain
{
    public Task Report(ImmutableArray<LockFix> fixes) => Task.CompletedTask;
}
