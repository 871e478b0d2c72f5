using System.Text.Json;
using Orleans.Storage;

namespace Tracker.UnitTests.Indexes;

/// <summary>
/// Grain storage in memory that keeps each record as JSON, as the real stores serialise it, and
/// remembers every write: which record, and the state as written.
/// </summary>
internal sealed class RecordingStorage : IGrainStorage
{
    private readonly Dictionary<string, string> _records = new(StringComparer.Ordinal);

    public List<(string Record, JsonElement State)> Writes { get; } = [];

    /// <summary>The next write throws, as a store that is down would.</summary>
    public bool FailNextWrite { get; set; }

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (_records.TryGetValue(Name(stateName, grainId), out var json))
        {
            grainState.State = JsonSerializer.Deserialize<T>(json)!;
            grainState.RecordExists = true;
            grainState.ETag = "1";
        }

        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (FailNextWrite)
        {
            FailNextWrite = false;
            throw new IOException("the store is down");
        }

        var json = JsonSerializer.Serialize(grainState.State);
        _records[Name(stateName, grainId)] = json;
        Writes.Add((Name(stateName, grainId), JsonDocument.Parse(json).RootElement.Clone()));
        grainState.RecordExists = true;
        grainState.ETag = "1";
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        _records.Remove(Name(stateName, grainId));
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }

    private static string Name(string stateName, GrainId grainId) => $"{stateName}/{grainId}";
}
