using System.Collections.Immutable;
using Orleans.Concurrency;
using Tracker.Grains.Common;
using Tracker.Grains.Indexes;
using Tracker.Grains.Storage;

namespace Tracker.Grains.Audit;

/// <summary>
/// One shard of the audit log. Append-only: entries are added, never changed. Reentrant, so that
/// actions answered together share one write (<see cref="GroupCommit{T}"/>); a write holds the
/// pages that changed (<see cref="PagedState{T}"/>, 256 entries a page), not the whole shard.
/// </summary>
[Reentrant]
public sealed class AuditLogGrain : Grain, IAuditLogGrain
{
    private readonly PagedState<AuditEntry> _pages;
    private readonly GroupCommit<PagedDictionary<AuditEntry>> _state;
    private readonly KeysetIndex<AuditEntry> _index = new(AuditLog.Key);

    public AuditLogGrain(IServiceProvider services, IGrainContext context)
    {
        _pages = TrackerStorage.Pages<AuditEntry>(services, context, "audit");
        _state = new GroupCommit<PagedDictionary<AuditEntry>>(_pages);
    }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await _pages.ReadStateAsync();
        foreach (var entry in _state.State.Values)
        {
            _index.Add(entry);
        }
    }

    public Task Append(AuditEntry entry)
    {
        if (_state.State.ContainsKey(entry.Id))
        {
            // A retried call: the entry is already stored (or on its way), and never changes.
            return _state.WriteStateAsync();
        }

        _state.State.Set(entry.Id, entry);
        _index.Add(entry);
        return _state.WriteStateAsync();
    }

    public Task<ImmutableArray<AuditEntry>> List(AuditQuery query) =>
        Task.FromResult<ImmutableArray<AuditEntry>>([.. _index.Page(query.After, query.Take + 1, query.Matches)]);
}
