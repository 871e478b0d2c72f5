using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging.Abstractions;
using Tracker.Grains.Checkpoints;
using Tracker.Ingest.Metrics;
using Tracker.Ingest.Stores;
using Tracker.Ingest.Stores.InMemory;

namespace Tracker.UnitTests.Durability;

/// <summary>Meters for one test, so that counts never mix between tests.</summary>
internal sealed class TestMeters : IMeterFactory
{
    private readonly List<Meter> _meters = [];

    public static IngestMetrics Metrics() => new(new TestMeters(), TimeProvider.System);

    public Meter Create(MeterOptions options)
    {
        var meter = new Meter(options);
        _meters.Add(meter);
        return meter;
    }

    public void Dispose() => _meters.ForEach(m => m.Dispose());
}

/// <summary>A memory journal whose appends wait at a gate the test opens: a slow disk, on demand.</summary>
internal sealed class GatedJournalStore : IJournalStore
{
    private readonly MemoryJournalStore _inner = new();
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Open() => _gate.TrySetResult();

    public async Task Append(long segment, ReadOnlyMemory<byte> block, CancellationToken cancellationToken)
    {
        Entered.TrySetResult();
        await _gate.Task;
        await _inner.Append(segment, block, cancellationToken);
    }

    public Task<IReadOnlyList<long>> ListSegments(CancellationToken cancellationToken) => _inner.ListSegments(cancellationToken);

    public Task<byte[]> ReadSegment(long segment, CancellationToken cancellationToken) => _inner.ReadSegment(segment, cancellationToken);

    public Task<JournalBacklog> Backlog(CancellationToken cancellationToken) => _inner.Backlog(cancellationToken);

    public Task DeleteSegment(long segment, CancellationToken cancellationToken) => _inner.DeleteSegment(segment, cancellationToken);

    public Task<long?> ReadCheckpoint(CancellationToken cancellationToken) => _inner.ReadCheckpoint(cancellationToken);

    public Task WriteCheckpoint(long firstNeededSegment, CancellationToken cancellationToken) => _inner.WriteCheckpoint(firstNeededSegment, cancellationToken);

    public Task WriteOwner(string silo, CancellationToken cancellationToken) => _inner.WriteOwner(silo, cancellationToken);

    public Task<string?> ReadOwner(CancellationToken cancellationToken) => _inner.ReadOwner(cancellationToken);

    public Task DeleteOwner(CancellationToken cancellationToken) => _inner.DeleteOwner(cancellationToken);
}

/// <summary>A grain with changes to write, whose writes fail while <see cref="Failing"/> is set.</summary>
internal sealed class FakeGrain(DirtyGrains dirty, string key) : ICheckpointable
{
    public GrainId Id { get; } = GrainId.Create("fake", key);

    public bool Failing { get; set; }

    public int Writes { get; private set; }

    public void Change() => dirty.Mark(Id, this);

    public Task Flush()
    {
        if (Failing)
        {
            throw new IOException($"{Id}: storage refused the write");
        }

        Writes++;
        dirty.Clear(Id);
        return Task.CompletedTask;
    }
}

internal static class Loggers
{
    public static NullLogger<T> For<T>() => NullLogger<T>.Instance;
}
