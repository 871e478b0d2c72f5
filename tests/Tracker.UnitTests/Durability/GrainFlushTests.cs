using Tracker.Grains.Checkpoints;
using Tracker.Ingest.Checkpoints;

namespace Tracker.UnitTests.Durability;

/// <summary>
/// A checkpoint writes every changed grain and reports the clock reading its stored state
/// covers; the journal applied before that reading may go.
/// </summary>
public sealed class GrainFlushTests
{
    private readonly DirtyGrains _dirty = new();

    [Fact]
    public async Task One_grain_that_cannot_be_written_does_not_stop_the_others_and_holds_back_only_what_came_after_its_changes()
    {
        var flush = new GrainFlush(_dirty, TestMeters.Metrics(), Loggers.For<GrainFlush>());
        var good = new FakeGrain(_dirty, "good");
        var bad = new FakeGrain(_dirty, "bad") { Failing = true };
        good.Change();
        await flush.Run(100, CancellationToken.None);

        // Both change after the checkpoint that started at 100; the bad one's writes now fail.
        good.Change();
        bad.Change();
        var outcome = await flush.Run(200, CancellationToken.None);

        Assert.Equal(2, good.Writes);
        Assert.Equal(1, outcome.Failed);
        Assert.Equal(100, outcome.CoveredUpTo);

        // Still failing at the next checkpoint: still covered only up to its first unwritten change.
        good.Change();
        Assert.Equal(100, (await flush.Run(300, CancellationToken.None)).CoveredUpTo);
        Assert.Equal(3, good.Writes);

        // Once its write goes through, the silo's state covers the whole flush again.
        bad.Failing = false;
        var healed = await flush.Run(400, CancellationToken.None);
        Assert.Equal(0, healed.Failed);
        Assert.Equal(400, healed.CoveredUpTo);
        Assert.Equal(1, bad.Writes);
    }

    [Fact]
    public async Task A_grain_that_deactivated_without_writing_holds_back_the_journal_until_every_journal_was_replayed()
    {
        var flush = new GrainFlush(_dirty, TestMeters.Metrics(), Loggers.For<GrainFlush>());
        var lost = new FakeGrain(_dirty, "lost");
        await flush.Run(100, CancellationToken.None);
        lost.Change();
        _dirty.Lost(lost.Id);

        var outcome = await flush.Run(200, CancellationToken.None);
        Assert.Equal(100, outcome.CoveredUpTo);
        Assert.Equal([lost.Id], outcome.Lost);
        Assert.Equal(0, lost.Writes);

        flush.Forget(outcome.Lost);
        Assert.Equal(300, (await flush.Run(300, CancellationToken.None)).CoveredUpTo);
    }

    [Fact]
    public async Task A_grain_changed_while_a_flush_runs_counts_from_that_flush()
    {
        var flush = new GrainFlush(_dirty, TestMeters.Metrics(), Loggers.For<GrainFlush>());
        var grain = new FakeGrain(_dirty, "late");
        await flush.Run(100, CancellationToken.None);
        grain.Change();
        grain.Failing = true;

        Assert.Equal(100, (await flush.Run(200, CancellationToken.None)).CoveredUpTo);
    }
}
