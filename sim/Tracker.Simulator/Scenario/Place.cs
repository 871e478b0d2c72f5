namespace Tracker.Simulator.Scenario;

/// <summary>Where a land route starts or ends: a location and, where known, the facility code within it.</summary>
public sealed record Place(string UnLocode, string? Facility, string Name);
