using Tracker.Domain.ArrivalDeletions;
using Tracker.Grains.Common;

namespace Tracker.Grains.ArrivalDeletions;

/// <summary>What a party's list of requests is ordered and filtered by.</summary>
[GenerateSerializer, Immutable, Alias("tracker.arrival-deletion-summary")]
public sealed record ArrivalDeletionSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string Container,
    [property: Id(2)] ArrivalDeletionStatus Status,
    [property: Id(3)] DateTimeOffset RequestedAt,
    [property: Id(4)] DateTimeOffset UpdatedAt)
{
    public static ArrivalDeletionSummary Of(ArrivalDeletionView r) => new(r.Id, r.Container, r.Status, r.RequestedAt, r.UpdatedAt);
}

[GenerateSerializer, Immutable, Alias("tracker.arrival-deletion-query")]
public sealed record ArrivalDeletionQuery(
    [property: Id(0)] ArrivalDeletionStatus? Status = null,
    [property: Id(1)] string? Container = null,
    [property: Id(2)] KeysetCursor? After = null,
    [property: Id(3)] int Take = 50)
{
    public bool Matches(ArrivalDeletionSummary r) =>
        (Status is null || r.Status == Status) && (Container is null || r.Container == Container);
}
