namespace Tracker.Simulator.Client;

/// <summary>The API refused what the simulator sent: a bug in the simulator or in the product.</summary>
public sealed class SimulatorException(string message) : Exception(message);
