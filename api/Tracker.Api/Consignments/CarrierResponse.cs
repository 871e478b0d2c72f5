using Tracker.Grains.Common;

namespace Tracker.Api.Consignments;

/// <summary>
/// The vessel, train or truck carrying a consignment, as its page shows it: where it is, when it is due,
/// and for a water-to-water transfer how the feeder's ETA stands against the mainline cut-off.
/// </summary>
/// <param name="Name">The vessel's AIS name; a train or truck is known by its id.</param>
/// <param name="Eta">The feeder's ETA to the hub or destination; null for trains and trucks (no ETA is reported for them).</param>
/// <param name="MarginMinutes">Cut-off minus ETA in whole minutes (rounded down): negative means the connection will be missed.</param>
public sealed record CarrierResponse(
    CarrierKind Kind,
    string Id,
    string? Name,
    CarrierPosition? Position,
    DateTimeOffset? Eta,
    DateTimeOffset? Cutoff,
    int? MarginMinutes,
    string? MainlineImo);

public sealed record CarrierPosition(double Lat, double Lon, DateTimeOffset Time, double? SpeedKmh, double? Heading)
{
    public static CarrierPosition? Of(Position? p) => p is null ? null : new(p.Lat, p.Lon, p.Time, p.SpeedKmh, p.Heading);
}
