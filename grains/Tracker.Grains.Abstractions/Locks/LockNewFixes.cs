using System.Collections.Immutable;

namespace Tracker.Grains.Locks;

/// <summary>One lock's new fixes of a batch, as its transit receives them with its other locks'.</summary>
[GenerateSerializer, Immutable, Alias("tracker.lock-new-fixes")]
public sealed record LockNewFixes([property: Id(0)] string LockId, [property: Id(1)] ImmutableArray<LockFix> Fixes);
