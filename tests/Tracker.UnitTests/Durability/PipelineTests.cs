using Microsoft.Extensions.Options;
using Tracker.Ingest.Batches;
using Tracker.Ingest.Journal;
using Tracker.Ingest.Pipeline;
using Tracker.Domain.Events;
using Tracker.Grains.Events;
using Tracker.Grains.Locks;

namespace Tracker.UnitTests.Durability;

public sealed class PipelineTests
{
    private static readonly IngestBatch Batch = new(LockFixes: [new LockFixItem("lock-1", new LockFix(1, DateTimeOffset.UnixEpoch, 36.0, 120.0, null, null, SealState.Sealed, null))]);

    [Fact]
    public async Task A_caller_that_gives_up_while_its_batch_is_written_still_has_it_applied_and_checkpoints_go_on()
    {
        var store = new GatedJournalStore();
        await using var journal = new GroupCommitJournal(store, Options.Create(new JournalOptions()), Loggers.For<GroupCommitJournal>());
        journal.Open(0);
        using var pipeline = new IngestPipeline(journal);
        var applied = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var giveUp = new CancellationTokenSource();

        var call = pipeline.Submit(Batch, () => { applied.SetResult(); return Task.FromResult(1); }, giveUp.Token);
        await store.Entered.Task.WaitAsync(TimeSpan.FromSeconds(5));
        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        store.Open();
        await applied.Task.WaitAsync(TimeSpan.FromSeconds(5));

        // Rotate waits for every batch of the segments it hands to a checkpoint: a lease that
        // nobody released would make it wait for ever.
        var retirable = await journal.Rotate(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(0, retirable);
    }

    [Fact]
    public async Task A_batch_whose_grains_fail_is_not_acknowledged_and_does_not_hold_back_checkpoints()
    {
        var store = new GatedJournalStore();
        store.Open();
        await using var journal = new GroupCommitJournal(store, Options.Create(new JournalOptions()), Loggers.For<GroupCommitJournal>());
        journal.Open(0);
        using var pipeline = new IngestPipeline(journal);

        var refused = await Assert.ThrowsAsync<IngestUnavailableException>(() =>
            pipeline.Submit<int>(Batch, () => throw new TimeoutException("silo unreachable"), CancellationToken.None));

        Assert.Contains("grain", refused.Message, StringComparison.Ordinal);
        await journal.Rotate(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Nothing_is_acknowledged_before_the_journal_opens()
    {
        await using var journal = new GroupCommitJournal(new GatedJournalStore(), Options.Create(new JournalOptions()), Loggers.For<GroupCommitJournal>());
        using var pipeline = new IngestPipeline(journal);

        await Assert.ThrowsAsync<IngestUnavailableException>(() => pipeline.Submit(Batch, () => Task.FromResult(1), CancellationToken.None));
    }

    [Fact]
    public async Task While_the_journal_is_replayed_fixes_are_acknowledged_and_events_wait()
    {
        var store = new GatedJournalStore();
        store.Open();
        await using var journal = new GroupCommitJournal(store, Options.Create(new JournalOptions()), Loggers.For<GroupCommitJournal>());
        journal.Open(0);
        using var pipeline = new IngestPipeline(journal);
        var events = new IngestBatch(Events: [new TrackerEvent("e-1", EventType.Equipment, EventCode.GTOT, EventClassifier.Act, DateTimeOffset.UnixEpoch, "CSQU3054383")]);

        Assert.Equal(1, await pipeline.Submit(Batch, () => Task.FromResult(1), CancellationToken.None));
        var refused = await Assert.ThrowsAsync<IngestUnavailableException>(() => pipeline.Submit(events, () => Task.FromResult(1), CancellationToken.None));
        Assert.Contains("replaying", refused.Message, StringComparison.Ordinal);

        journal.Replayed();
        Assert.Equal(1, await pipeline.Submit(events, () => Task.FromResult(1), CancellationToken.None));
    }
}
