using System.Collections.Immutable;
using Orleans.Concurrency;
using Tracker.Domain.ArrivalDeletions;
using Tracker.Grains.Indexes;
using Tracker.Grains.Storage;

namespace Tracker.Grains.ArrivalDeletions;

/// <summary>
/// One party's list of requests (or a shard of the list of all). Reentrant, so that changes arriving
/// together share one write (<see cref="GroupCommit{T}"/>); a write holds only the pages that changed
/// (<see cref="PagedState{T}"/>), so a change costs the same however long the list grows.
/// </summary>
[Reentrant]
public sealed class ArrivalDeletionIndexGrain : Grain, IArrivalDeletionIndexGrain
{
    private readonly PagedState<ArrivalDeletionSummary> _pages;
    private readonly GroupCommit<PagedDictionary<ArrivalDeletionSummary>> _state;
    private readonly KeysetIndex<ArrivalDeletionSummary> _index = new(ArrivalDeletionIndex.Key);

    public ArrivalDeletionIndexGrain(IServiceProvider services, IGrainContext context)
    {
        _pages = TrackerStorage.Pages<ArrivalDeletionSummary>(services, context, "arrival-deletions");
        _state = new GroupCommit<PagedDictionary<ArrivalDeletionSummary>>(_pages);
    }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await _pages.ReadStateAsync();
        foreach (var request in _state.State.Values)
        {
            _index.Add(request);
        }
    }

    public Task Upsert(ArrivalDeletionSummary request)
    {
        var requests = _state.State;
        if (requests.TryGetValue(request.Id, out var known))
        {
            // Calls may overtake each other: a request only moves forward, and a closed one stays closed.
            if (known == request || Rank(request).CompareTo(Rank(known)) < 0)
            {
                return Task.CompletedTask;
            }

            _index.Replace(known, request);
        }
        else
        {
            _index.Add(request);
        }

        requests.Set(request.Id, request);
        return _state.WriteStateAsync();
    }

    public Task<ImmutableArray<ArrivalDeletionSummary>> List(ArrivalDeletionQuery query) =>
        Task.FromResult<ImmutableArray<ArrivalDeletionSummary>>([.. _index.Page(query.After, query.Take + 1, query.Matches)]);

    private static (DateTimeOffset, int) Rank(ArrivalDeletionSummary r) => (r.UpdatedAt, ArrivalDeletionWorkflow.IsOpenStatus(r.Status) ? 0 : 1);
}
