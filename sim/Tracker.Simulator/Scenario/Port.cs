namespace Tracker.Simulator.Scenario;

/// <summary>
/// A sea port, or an inland port that only land routes reach. <paramref name="Position"/> is the berth line
/// where sea lanes start and end; the first facility of a sea port is its container terminal.
/// </summary>
public sealed record Port(string UnLocode, string Name, GeoPoint Position, IReadOnlyList<Facility> Facilities, bool IsHub);
