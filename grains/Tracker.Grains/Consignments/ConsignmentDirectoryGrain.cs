using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Tracker.Grains.Checkpoints;
using Tracker.Grains.Common;
using Tracker.Grains.Indexes;
using Tracker.Grains.Storage;

namespace Tracker.Grains.Consignments;

/// <summary>
/// One shard of the consignment list. Reentrant, so that declarations arriving together share one
/// write (<see cref="GroupCommit{T}"/>); status changes are written at checkpoints. The summaries
/// are stored in pages (<see cref="PagedState{T}"/>): a write holds the pages that changed, at
/// most <see cref="PagedDictionary{T}.PageSize"/> summaries each, however long the list grows.
/// </summary>
[Reentrant]
public sealed partial class ConsignmentDirectoryGrain : Grain, IConsignmentDirectoryGrain, ICheckpointable
{
    private readonly IPersistentState<DirectoryState> _whole;
    private readonly PagedState<ConsignmentSummary> _pages;
    private readonly CheckpointedState<PagedDictionary<ConsignmentSummary>> _state;
    private readonly KeysetIndex<ConsignmentSummary> _index = new(ConsignmentDirectory.Key);
    private readonly ILogger<ConsignmentDirectoryGrain> _logger;

    public ConsignmentDirectoryGrain(
        [PersistentState("directory", TrackerStorage.Name)] IPersistentState<DirectoryState> whole,
        IServiceProvider services,
        DirtyGrains dirty,
        IGrainContext context,
        ILogger<ConsignmentDirectoryGrain> logger)
    {
        _whole = whole;
        _pages = TrackerStorage.Pages<ConsignmentSummary>(services, context, "directory");
        _state = new CheckpointedState<PagedDictionary<ConsignmentSummary>>(new GroupCommit<PagedDictionary<ConsignmentSummary>>(_pages), dirty, context);
        _logger = logger;
    }

    private int Shard => (int)this.GetPrimaryKeyLong();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await _pages.ReadStateAsync();
        await WholeRecord.MoveToPages(_whole, _whole.State.Consignments, _state.State, _state.WriteNow);
        foreach (var summary in _state.State.Values)
        {
            _index.Add(summary);
        }

        await MoveStrangers();
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => _state.FlushOnDeactivation();

    public Task Upsert(ConsignmentSummary summary)
    {
        var consignments = _state.State;
        if (!consignments.TryGetValue(summary.Id, out var known))
        {
            consignments.Set(summary.Id, summary);
            _index.Add(summary);
            return _state.WriteNow();
        }

        // Calls may overtake each other: an older summary never replaces a newer one.
        if (summary.UpdatedAt < known.UpdatedAt || Same(known, summary))
        {
            return Task.CompletedTask;
        }

        consignments.Set(summary.Id, summary);
        _index.Replace(known, summary);
        _state.Changed();
        return Task.CompletedTask;
    }

    public Task<ImmutableArray<ConsignmentSummary>> List(ConsignmentQuery query) =>
        Task.FromResult<ImmutableArray<ConsignmentSummary>>([.. _index.Page(query.After, query.Take + 1, query.Matches)]);

    public Task Flush() => _state.Flush();

    /// <summary>
    /// Before the list was sharded, shard 0's record was the whole list. Whatever it holds of other
    /// shards moves to them (stored there before it is dropped here), once, at its first activation.
    /// </summary>
    private async Task MoveStrangers()
    {
        var moved = await Strangers.MoveHome(
            _state.State, id => Shards.Of(id, ConsignmentDirectory.ShardCount) == Shard, (id, c) => GrainFactory.ShardOf(id).Upsert(c), _state.WriteNow);
        foreach (var (_, c) in moved)
        {
            _index.Remove(c);
        }

        if (moved.Count > 0)
        {
            LogMoved(moved.Count, Shard);
        }
    }

    private static bool Same(ConsignmentSummary a, ConsignmentSummary b) =>
        a with { Offices = [], ContainerNumbers = null } == b with { Offices = [], ContainerNumbers = null }
        && a.Offices.SequenceEqual(b.Offices)
        && (a.ContainerNumbers ?? []).SequenceEqual(b.ContainerNumbers ?? [])
        && a.LacksContainerNumbers == b.LacksContainerNumbers;

    [LoggerMessage(Level = LogLevel.Information, Message = "Moved {Count} consignments from shard {Shard} of the directory to their own shards")]
    private partial void LogMoved(int count, int shard);
}
