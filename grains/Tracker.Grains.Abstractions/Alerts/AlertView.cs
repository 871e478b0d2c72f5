using System.Collections.Immutable;
using Tracker.Domain.Supervision;

namespace Tracker.Grains.Alerts;

/// <summary>An en-route anomaly as customs handles it (API.md "Alerts").</summary>
[GenerateSerializer, Immutable, Alias("tracker.alert")]
public sealed record AlertView(
    [property: Id(0)] string Id,
    [property: Id(1)] AnomalyType Type,
    [property: Id(2)] Severity Severity,
    [property: Id(3)] string ConsignmentId,
    [property: Id(4)] ImmutableArray<string> Containers,
    [property: Id(5)] DateTimeOffset RaisedAt,
    [property: Id(6)] AlertPosition? Position,
    [property: Id(7)] AlertEvidence Evidence,
    [property: Id(8)] AlertStatus Status,
    [property: Id(9)] ImmutableArray<AlertHistoryEntry> History,
    [property: Id(10)] ImmutableArray<string> Offices,
    [property: Id(11)] string Tenant,
    [property: Id(12)] string? Device)
{
    public DateTimeOffset? AcknowledgedAt => History.FirstOrDefault(h => h.Status == AlertStatus.Acknowledged)?.At;

    public DateTimeOffset? ResolvedAt => History.FirstOrDefault(h => h.Status == AlertStatus.Resolved)?.At;
}

[GenerateSerializer, Immutable, Alias("tracker.alert-position")]
public sealed record AlertPosition([property: Id(0)] double Lat, [property: Id(1)] double Lon);
