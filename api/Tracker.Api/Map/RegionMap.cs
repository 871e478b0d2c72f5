using Tracker.Domain.Transit;
using Tracker.Grains.Consignments;

namespace Tracker.Api.Map;

/// <summary>
/// The port region's fixed geography, drawn under the live markers: ports with their terminals,
/// gates and zones, the feeder lanes from the hub, and the approved rail and road routes.
/// </summary>
public sealed record RegionMap(IReadOnlyList<RegionPort> Ports, IReadOnlyList<RegionLane> SeaLanes, IReadOnlyList<RegionRoute> Routes);

/// <summary>A place's name in the map's two languages.</summary>
public sealed record LocalName(string En, string Zh);

public sealed record RegionPort(string UnLocode, LocalName Name, Coordinate Position, bool Hub, IReadOnlyList<RegionFacility> Facilities);

/// <summary><paramref name="Kind"/>: TERMINAL, RAIL_GATE, RAIL_YARD, PORT_AREA, AIRPORT, BONDED_ZONE, SUPERVISION_CENTER or MULTIMODAL_CENTER.</summary>
public sealed record RegionFacility(string Code, LocalName Name, string Kind, Coordinate Position);

/// <summary>A feeder lane between two ports (UN/LOCODEs), one per direction.</summary>
public sealed record RegionLane(string Id, string From, string To, IReadOnlyList<Coordinate> Path);

/// <summary>An approved rail or road route and its corridor width.</summary>
public sealed record RegionRoute(string Id, ConsignmentMode Mode, LocalName Name, Place Origin, Place Destination, IReadOnlyList<Coordinate> Path, double BufferMeters);
