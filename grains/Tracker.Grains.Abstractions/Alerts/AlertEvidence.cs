using System.Collections.Immutable;
using Tracker.Domain.Events;

namespace Tracker.Grains.Alerts;

/// <summary>What proves the anomaly: distance, duration and the track excerpt of the episode.</summary>
[GenerateSerializer, Immutable, Alias("tracker.alert-evidence")]
public sealed record AlertEvidence(
    [property: Id(0)] string Summary,
    [property: Id(1)] double? DistanceFromCorridorMeters,
    [property: Id(2)] double? DurationSeconds,
    [property: Id(3)] ImmutableArray<EvidencePoint> Track,
    [property: Id(4)] string? EndedSummary = null,
    [property: Id(5)] DateTimeOffset? EndedAt = null);

[GenerateSerializer, Immutable, Alias("tracker.evidence-point")]
public sealed record EvidencePoint(
    [property: Id(0)] DateTimeOffset Time,
    [property: Id(1)] double Lat,
    [property: Id(2)] double Lon,
    [property: Id(3)] double? SpeedKmh,
    [property: Id(4)] SealState? Seal);
