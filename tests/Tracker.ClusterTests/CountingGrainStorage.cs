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
    private readonly ConcurrentDictionary<GrainId, byte> _failing = new();

    public int WritesOf(GrainId grain) => _writes.GetValueOrDefault(grain);

    /// <summary>The state as last written, as JSON (what a real store would hold), or null if never written.</summary>
    public JsonDocument? Stored(string stateName, GrainId grain) =>
        _states.TryGetValue((stateName, grain), out var stored) ? JsonDocument.Parse(stored.Json) : null;

    /// <summary>Every write of the grain's state fails, as a store that is down would, until the result is disposed.</summary>
    public IDisposable FailWritesOf(GrainId grain)
    {
        _failing[grain] = 0;
        return new Healing(() => _failing.TryRemove(grain, out _));
    }

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

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (_failing.ContainsKey(grainId))
        {
            throw new IOException($"the store refuses writes of {grainId} (test fault)");
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

    private sealed class Healing(Action heal) : IDisposable
    {
        public void Dispose() => heal();
    }
}
