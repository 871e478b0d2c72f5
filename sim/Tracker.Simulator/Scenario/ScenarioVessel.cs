namespace Tracker.Simulator.Scenario;

/// <summary>A vessel the simulator sails; <paramref name="Kind"/> is FEEDER or MAINLINE.</summary>
public sealed record ScenarioVessel(string Imo, string Mmsi, string Name, string Kind);
