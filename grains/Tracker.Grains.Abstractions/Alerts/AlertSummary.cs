using System.Collections.Immutable;
using Tracker.Domain.Supervision;

namespace Tracker.Grains.Alerts;

/// <summary>What alert lists and supervision statistics need of an alert.</summary>
[GenerateSerializer, Immutable, Alias("tracker.alert-summary")]
public sealed record AlertSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] AnomalyType Type,
    [property: Id(2)] AlertStatus Status,
    [property: Id(3)] ImmutableArray<string> Offices,
    [property: Id(4)] DateTimeOffset RaisedAt,
    [property: Id(5)] DateTimeOffset? AcknowledgedAt,
    [property: Id(6)] DateTimeOffset? ResolvedAt,
    [property: Id(7)] string ConsignmentId)
{
    public static AlertSummary Of(AlertView a) => new(a.Id, a.Type, a.Status, a.Offices, a.RaisedAt, a.AcknowledgedAt, a.ResolvedAt, a.ConsignmentId);
}

[GenerateSerializer, Immutable, Alias("tracker.alert-query")]
public sealed record AlertQuery(
    [property: Id(0)] AlertStatus? Status = null,
    [property: Id(1)] string? Office = null,
    [property: Id(2)] AnomalyType? Type = null,
    [property: Id(3)] DateTimeOffset? Since = null,
    [property: Id(4)] DateTimeOffset? Until = null,
    [property: Id(5)] int Take = 200,
    [property: Id(6)] Tracker.Grains.Common.KeysetCursor? After = null)
{
    public bool Matches(AlertSummary a) =>
        (Status is null || a.Status == Status)
        && (Office is null || a.Offices.Contains(Office))
        && (Type is null || a.Type == Type)
        && (Since is null || a.RaisedAt >= Since)
        && (Until is null || a.RaisedAt <= Until);
}
