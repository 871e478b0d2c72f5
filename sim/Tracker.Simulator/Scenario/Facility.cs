namespace Tracker.Simulator.Scenario;

/// <summary>A terminal, gate, yard or zone of a port or inland port; <paramref name="Code"/> is at most 16 characters.</summary>
public sealed record Facility(string Code, string Name, GeoPoint Position);
