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
/// write (<see cref="GroupCommit{T}"/>); status changes are written at checkpoints. A write holds
/// this shard's summaries only: 1/<see cref="ConsignmentDirectory.ShardCount"/> of the list.
/// </summary>
[Reentrant]
public sealed partial class ConsignmentDirectoryGrain : Grain, IConsignmentDirectoryGrain, ICheckpointable
{
    private readonly CheckpointedState<DirectoryState> _state;
    private readonly KeysetIndex<ConsignmentSummary> _index = new(ConsignmentDirectory.Key);
    private readonly ILogger<ConsignmentDirectoryGrain> _logger;

    public ConsignmentDirectoryGrain(
        [PersistentState("directory", TrackerStorage.Name)] IPersistentState<DirectoryState> persisted,
        DirtyGrains dirty,
        IGrainContext context,
        ILogger<ConsignmentDirectoryGrain> logger)
    {
        _state = new CheckpointedState<DirectoryState>(new GroupCommit<DirectoryState>(persisted), dirty, context);
        _logger = logger;
    }

    private int Shard => (int)this.GetPrimaryKeyLong();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var summary in _state.State.Consignments.Values)
        {
            _index.Add(summary);
        }

        await MoveStrangers();
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => _state.FlushOnDeactivation();

    public Task Upsert(ConsignmentSummary summary)
    {
        var consignments = _state.State.Consignments;
        if (!consignments.TryGetValue(summary.Id, out var known))
        {
            consignments[summary.Id] = summary;
            _index.Add(summary);
            return _state.WriteNow();
        }

        // Calls may overtake each other: an older summary never replaces a newer one.
        if (summary.UpdatedAt < known.UpdatedAt || Same(known, summary))
        {
            return Task.CompletedTask;
        }

        consignments[summary.Id] = summary;
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
        var strangers = _state.State.Consignments.Values.Where(c => Shards.Of(c.Id, ConsignmentDirectory.ShardCount) != Shard).ToList();
        if (strangers.Count == 0)
        {
            return;
        }

        foreach (var chunk in strangers.Chunk(256))
        {
            await Task.WhenAll(chunk.Select(c => GrainFactory.ShardOf(c.Id).Upsert(c)));
        }

        foreach (var c in strangers)
        {
            _state.State.Consignments.Remove(c.Id);
            _index.Remove(c);
        }

        await _state.WriteNow();
        LogMoved(strangers.Count, Shard);
    }

    private static bool Same(ConsignmentSummary a, ConsignmentSummary b) =>
        a with { Offices = [] } == b with { Offices = [] } && a.Offices.SequenceEqual(b.Offices);

    [LoggerMessage(Level = LogLevel.Information, Message = "Moved {Count} consignments from shard {Shard} of the directory to their own shards")]
    private partial void LogMoved(int count, int shard);
}
