namespace Tracker.Simulator.Scenario;

/// <summary>
/// A terminal, gate, yard or zone of a port or inland port; <paramref name="Code"/> is at most 16 characters.
/// <paramref name="Kind"/> says what it is (TERMINAL, RAIL_GATE, RAIL_YARD, BONDED_ZONE, ...), so a map can draw it as such.
/// </summary>
public sealed record Facility(string Code, string Name, string NameZh, string Kind, GeoPoint Position);
