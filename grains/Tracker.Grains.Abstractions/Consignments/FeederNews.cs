namespace Tracker.Grains.Consignments;

/// <summary>One piece of news about a water transit's feeder, passed on by the vessel.</summary>
[GenerateSerializer, Immutable, Alias("tracker.feeder-news")]
public sealed record FeederNews(
    [property: Id(0)] DateTimeOffset ObservedAt,
    [property: Id(1)] DateTimeOffset? Eta = null,
    [property: Id(2)] string? CalledAt = null,
    [property: Id(3)] string? DischargedContainer = null);
