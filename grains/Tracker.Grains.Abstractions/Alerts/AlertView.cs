using System.Collections.Immutable;
using Tracker.Domain.Supervision;

namespace Tracker.Grains.Alerts;

/// <summary>An en-route anomaly as customs handles it (API.md "Alerts").</summary>
/// <param name="RaisedAt">When it happened: the raising fix's event time, even when the fix came late.</param>
/// <param name="Late">Raised from fixes uploaded late (after newer ones, or <see cref="LateAfter"/> past their time).</param>
/// <param name="ReceivedAt">For a late alert, when the tracker learned of it.</param>
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
    [property: Id(12)] string? Device,
    [property: Id(13)] bool Late = false,
    [property: Id(14)] DateTimeOffset? ReceivedAt = null)
{
    /// <summary>
    /// A fix reaching the tracker this long after its time raises a <see cref="Late"/> alert: a lock out of coverage
    /// uploading its buffer. Live fixes arrive within seconds, a batching gateway's within a minute or two.
    /// </summary>
    public static readonly TimeSpan LateAfter = TimeSpan.FromMinutes(5);

    public DateTimeOffset? AcknowledgedAt => History.FirstOrDefault(h => h.Status == AlertStatus.Acknowledged)?.At;

    public DateTimeOffset? ResolvedAt => History.FirstOrDefault(h => h.Status == AlertStatus.Resolved)?.At;
}

[GenerateSerializer, Immutable, Alias("tracker.alert-position")]
public sealed record AlertPosition([property: Id(0)] double Lat, [property: Id(1)] double Lon);
