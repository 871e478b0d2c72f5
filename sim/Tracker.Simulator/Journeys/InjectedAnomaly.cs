using Tracker.Domain.Supervision;

namespace Tracker.Simulator.Journeys;

/// <summary>An anomaly the simulator caused on purpose, so a test can check the product found it.</summary>
public sealed record InjectedAnomaly(string ConsignmentId, AnomalyType Type);
