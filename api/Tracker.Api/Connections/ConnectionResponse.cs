using Tracker.Domain.Transit;
using Tracker.Grains.Common;

namespace Tracker.Api.Connections;

/// <summary>
/// A water-to-water transit's connection, as the control room watches it: the feeder bringing the
/// boxes, its ETA, the mainline they must catch and its cut-off, and the margin between the two.
/// </summary>
/// <param name="MarginSeconds">Cut-off minus the feeder's ETA; null while no ETA is known.</param>
/// <param name="RequiredMarginSeconds">The margin below which the connection is at risk (CONN).</param>
/// <param name="Discharged">The boxes are ashore at the hub (the feeder has arrived): they wait to connect.</param>
/// <param name="RiskAlertId">The open CONN alert, if the connection is at risk.</param>
public sealed record ConnectionResponse(
    string ConsignmentId,
    TransitStatus Status,
    string Origin,
    string Destination,
    VesselSummary Feeder,
    VesselSummary Mainline,
    DateTimeOffset Cutoff,
    DateTimeOffset? FeederEta,
    double? MarginSeconds,
    double RequiredMarginSeconds,
    int Boxes,
    bool Discharged,
    string? RiskAlertId);

public sealed record VesselSummary(string Imo, string? Name, Position? Position);
