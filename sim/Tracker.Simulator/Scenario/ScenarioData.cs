using System.Text.Json;

namespace Tracker.Simulator.Scenario;

/// <summary>
/// The world the simulator plays in: ports, feeder lanes, road and rail transit routes, vessels and parties,
/// read from the JSON files in Scenario/Data that are embedded in this assembly.
/// </summary>
public sealed record ScenarioData(
    IReadOnlyList<Port> Ports,
    IReadOnlyList<SeaLane> SeaLanes,
    IReadOnlyList<LandRoute> Roads,
    IReadOnlyList<LandRoute> Railways,
    IReadOnlyList<ScenarioVessel> Vessels,
    IReadOnlyList<string> Tenants,
    IReadOnlyList<string> ContainerOwners)
{
    // A misspelt or missing field must fail the load, not turn into a null deep inside a journey.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    // The data never changes while the process runs, and every simulation and host reads the same.
    private static readonly Lazy<ScenarioData> Loaded = new(Read);

    /// <summary>The scenario embedded in this assembly (parsed once, then shared).</summary>
    public static ScenarioData Load() => Loaded.Value;

    /// <summary>The port with this UN/LOCODE.</summary>
    /// <exception cref="KeyNotFoundException">No port has it.</exception>
    public Port Port(string unLocode) =>
        Ports.FirstOrDefault(p => string.Equals(p.UnLocode, unLocode, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"The scenario has no port {unLocode}.");

    /// <summary>The feeder lane from one port to another (lanes are one-way; each pair has one per direction).</summary>
    /// <exception cref="KeyNotFoundException">No lane runs between them in that direction.</exception>
    public SeaLane Lane(string from, string to) =>
        SeaLanes.FirstOrDefault(l =>
            string.Equals(l.From, from, StringComparison.OrdinalIgnoreCase) && string.Equals(l.To, to, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"The scenario has no sea lane from {from} to {to}.");

    private static ScenarioData Read()
    {
        // One concept per file; the "note" an entry may carry (where a value comes from) is skipped.
        var parties = Resource<PartiesFile>("parties.json");
        return new ScenarioData(
            Resource<List<Port>>("ports.json"),
            Resource<List<SeaLane>>("sea-lanes.json"),
            Resource<List<LandRoute>>("roads.json"),
            Resource<List<LandRoute>>("railways.json"),
            Resource<List<ScenarioVessel>>("vessels.json"),
            parties.Tenants,
            parties.ContainerOwners);
    }

    private static T Resource<T>(string fileName)
    {
        // The project embeds Data/*.json under these logical names, so a referencing host needs no files on disk.
        var name = "scenario/" + fileName;
        using var stream = typeof(ScenarioData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The scenario resource {name} is not embedded in {typeof(ScenarioData).Assembly.GetName().Name}.");
        return JsonSerializer.Deserialize<T>(stream, Json)
            ?? throw new InvalidOperationException($"The scenario resource {name} is empty.");
    }
}
