namespace Tracker.Grains.ArrivalDeletions;

/// <summary>Request counts of a scope and the time from application to approval.</summary>
[GenerateSerializer, Immutable, Alias("tracker.arrival-deletion-stats")]
public sealed record ArrivalDeletionStats(
    [property: Id(0)] long Requested,
    [property: Id(1)] long Open,
    [property: Id(2)] long Approved,
    [property: Id(3)] long Rejected,
    [property: Id(4)] long Refused,
    [property: Id(5)] ApprovalMinutes ApprovalMinutes);

/// <summary>Minutes from application to approval: p50 and p90 of a bounded sample of the latest approvals, max of all.</summary>
[GenerateSerializer, Immutable, Alias("tracker.approval-minutes")]
public sealed record ApprovalMinutes(
    [property: Id(0)] long Count,
    [property: Id(1)] double? P50,
    [property: Id(2)] double? P90,
    [property: Id(3)] double? Max);
