using System.Collections.Concurrent;


namespace Tracker.Ingest.Stores.InMemory;

public sealed class MemoryQuarantine : IQuarantine
{
    private readonly ConcurrentDictionary<string, QuarantinedBatch> _batches = new(StringComparer.Ordinal);

    public Task Put(QuarantinedBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        _batches[batch.Key] = batch;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<QuarantinedBatch>> List(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<QuarantinedBatch>>([.. _batches.Values.OrderBy(b => b.Key, StringComparer.Ordinal)]);
}
