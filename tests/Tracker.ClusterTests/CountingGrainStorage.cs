using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using Orleans.Storage;

namespace Tracker.ClusterTests;

/// <summary>
/// Grain storage for tests that keeps each state as JSON (so a reactivated grain really reads it
/// back, as from a real store) and counts writes per grain (so "writes only when changed" can be checked).
/// </summary>
public sealed class CountingGrainStorage : IGrainStorage
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };
    private readonly ConcurrentDictionary<(string, GrainId), (string Json, string ETag)> _states = new();
    private readonly ConcurrentDictionary<GrainId, int> _writes = new();
    private readonly ConcurrentDictionary<GrainId, bool> _refused = new();

    public int WritesOf(GrainId grain) => _writes.GetValueOrDefault(grain);

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (_states.TryGetValue((stateName, grainId), out var stored))
        {
            grainState.State = JsonSerializer.Deserialize<T>(stored.Json, Json)!;
            grainState.ETag = stored.ETag;
            grainState.RecordExists = true;
        }

        return Task.CompletedTask;
    }

    /// <summary>Makes every write of <paramref name="grain"/> fail, as a store that is down for it would.</summary>
    public void RefuseWritesOf(GrainId grain) => _refused[grain] = true;

    public void AcceptWritesOf(GrainId grain) => _refused.TryRemove(grain, out _);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (_refused.ContainsKey(grainId))
        {
            throw new IOException($"the store refused the write of {grainId}");
        }

        var etag = Guid.NewGuid().ToString("N");
        _states[(stateName, grainId)] = (JsonSerializer.Serialize(grainState.State, Json), etag);
        _writes.AddOrUpdate(grainId, 1, (_, n) => n + 1);
        grainState.ETag = etag;
        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        _states.TryRemove((stateName, grainId), out _);
        grainState.ETag = null;
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }
}
