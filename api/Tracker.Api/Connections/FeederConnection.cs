using Tracker.Domain.Transit;
using Tracker.Grains.Consignments;
using Tracker.Grains.Vessels;

namespace Tracker.Api.Connections;

/// <summary>
/// A water transit's feeder ETA and its margin to the mainline cut-off, as the connection list and the
/// consignment's carrier both show it: one reading, so that the two never disagree.
/// </summary>
public static class FeederConnection
{
    /// <summary>The boxes are ashore at the hub (the feeder has arrived): they wait to connect.</summary>
    public static bool Discharged(TransitStatus status) => status is TransitStatus.Arrived or TransitStatus.Unsealed or TransitStatus.Closed;

    /// <summary>The feeder's ETA that matters to the transit; once ashore the boxes no longer depend on it.</summary>
    public static DateTimeOffset? Eta(TransitStatus status, VesselView feeder) => Discharged(status) ? null : feeder.Eta;

    /// <summary>Cut-off minus ETA: negative when the feeder arrives after the cut-off; null while no ETA is known.</summary>
    public static TimeSpan? Margin(Connection? connection, DateTimeOffset? eta) =>
        connection is not null && eta is { } at ? connection.Cutoff - at : null;
}
