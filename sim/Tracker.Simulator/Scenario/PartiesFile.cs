namespace Tracker.Simulator.Scenario;

/// <summary>The shape of Data/parties.json: who declares consignments, and whose boxes they are.</summary>
internal sealed record PartiesFile(IReadOnlyList<string> Tenants, IReadOnlyList<string> ContainerOwners);
