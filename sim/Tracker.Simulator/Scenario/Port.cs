namespace Tracker.Simulator.Scenario;

/// <summary>
/// A sea port, or an inland port that only land routes reach. <paramref name="Position"/> is the berth line
/// where sea lanes start and end; the first facility of a sea port is its container terminal.
/// <paramref name="NameZh"/> is its Chinese name: the map labels every place in both languages.
/// </summary>
public sealed record Port(string UnLocode, string Name, string NameZh, GeoPoint Position, IReadOnlyList<Facility> Facilities, bool IsHub);
