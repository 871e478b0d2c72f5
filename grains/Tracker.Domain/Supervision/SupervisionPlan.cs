using Tracker.Domain.Geography;
using Tracker.Domain.Transit;

namespace Tracker.Domain.Supervision;

/// <summary>What a transit was approved to do, as the anomaly rules need it.</summary>
/// <param name="CorridorPath">
/// The corridor's centre line. With fewer than two points there is no corridor and route deviation is not checked
/// (a water transit may be declared without a sea lane).
/// </param>
/// <param name="CorridorBufferMeters">Half-width of the approved corridor around the centre line.</param>
/// <param name="Deadline">The transit time limit set by customs.</param>
/// <param name="RoutePorts">UN/LOCODEs on the declared route (origin, destination, declared stops), for UPRT.</param>
/// <param name="MainlineCutoff">For water-to-water transfers, the mainline vessel's cut-off at the hub, for CONN.</param>
public sealed record SupervisionPlan(
    ConsignmentMode Mode,
    IReadOnlyList<GeoPosition> CorridorPath,
    double CorridorBufferMeters,
    IReadOnlyList<SupervisedZone> Zones,
    DateTimeOffset Deadline,
    IReadOnlyList<string> RoutePorts,
    DateTimeOffset? MainlineCutoff,
    RuleSettings Settings);
