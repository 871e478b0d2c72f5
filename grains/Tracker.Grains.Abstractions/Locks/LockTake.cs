using System.Collections.Immutable;
using Tracker.Grains.Common;

namespace Tracker.Grains.Locks;

/// <summary>
/// What a lock took of one batch: the counts for the caller's answer, and the fixes it had not
/// seen before with the transit it is bound to, for the caller to pass on.
/// </summary>
[GenerateSerializer, Immutable, Alias("tracker.lock-take")]
public sealed record LockTake(
    [property: Id(0)] IngestOutcome Outcome,
    [property: Id(1)] string? ConsignmentId,
    [property: Id(2)] ImmutableArray<LockFix> Fresh);
