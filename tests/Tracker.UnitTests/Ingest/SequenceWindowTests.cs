using Tracker.Domain.Ingest;

namespace Tracker.UnitTests.Ingest;

public class SequenceWindowTests
{
    [Fact]
    public void Fresh_window_has_seen_nothing()
    {
        var window = new SequenceWindow();

        Assert.Equal(SequenceWindow.NothingSeen, window.Watermark);
        Assert.Empty(window.Above);
        Assert.True(window.TryAccept(0));
    }

    [Fact]
    public void A_seq_is_accepted_once()
    {
        var window = new SequenceWindow();

        Assert.True(window.TryAccept(7));
        Assert.False(window.TryAccept(7));
    }

    [Fact]
    public void Out_of_order_seqs_are_each_accepted_once()
    {
        var window = new SequenceWindow();

        Assert.True(window.TryAccept(5));
        Assert.True(window.TryAccept(3));
        Assert.True(window.TryAccept(4));
        Assert.False(window.TryAccept(3));
        Assert.False(window.TryAccept(5));
        Assert.True(window.TryAccept(6));
    }

    [Fact]
    public void Filling_a_gap_moves_the_watermark_past_the_contiguous_run()
    {
        var window = SequenceWindow.Restore(10, []);

        Assert.True(window.TryAccept(12));
        Assert.True(window.TryAccept(13));
        Assert.Equal(10, window.Watermark);
        Assert.Equal([12L, 13L], window.Above);

        Assert.True(window.TryAccept(11));

        Assert.Equal(13, window.Watermark);
        Assert.Empty(window.Above);
        Assert.False(window.TryAccept(12));
    }

    [Fact]
    public void Gap_open_longer_than_capacity_is_given_up_and_counts_as_duplicate()
    {
        var window = SequenceWindow.Restore(0, [], capacity: 3);

        // Seq 1 never arrives; 2, 3 and 4 fit, the fourth seq above the gap overflows the set.
        Assert.True(window.TryAccept(2));
        Assert.True(window.TryAccept(3));
        Assert.True(window.TryAccept(4));
        Assert.Equal(0, window.Watermark);

        Assert.True(window.TryAccept(5));

        Assert.Equal(5, window.Watermark);
        Assert.Empty(window.Above);
        Assert.False(window.TryAccept(1));
    }

    [Fact]
    public void Giving_up_keeps_later_gaps_open()
    {
        var window = SequenceWindow.Restore(0, [], capacity: 2);

        Assert.True(window.TryAccept(2));
        Assert.True(window.TryAccept(4));
        Assert.True(window.TryAccept(6));

        // Only the gap below the smallest retained seq (1) is given up; 3 and 5 may still arrive.
        Assert.Equal(2, window.Watermark);
        Assert.Equal([4L, 6L], window.Above);
        Assert.True(window.TryAccept(3));
        Assert.Equal(4, window.Watermark);
        Assert.True(window.TryAccept(5));
        Assert.Equal(6, window.Watermark);
    }

    [Fact]
    public void Fresh_window_gives_up_nothing_below_the_first_seq_it_saw()
    {
        var window = new SequenceWindow(capacity: 4);

        for (var seq = 1; seq <= 5; seq++)
        {
            Assert.True(window.TryAccept(seq));
        }

        Assert.Equal(5, window.Watermark);
        Assert.Empty(window.Above);
    }

    [Fact]
    public void Above_never_exceeds_capacity()
    {
        var window = SequenceWindow.Restore(0, [], capacity: 8);

        for (var seq = 2L; seq < 200; seq += 2)
        {
            window.TryAccept(seq);
            Assert.True(window.Above.Count <= 8);
        }
    }

    [Fact]
    public void Restore_round_trips_watermark_and_above()
    {
        var original = new SequenceWindow();
        foreach (var seq in new long[] { 1, 2, 3, 5, 8, 9 })
        {
            original.TryAccept(seq);
        }

        var restored = SequenceWindow.Restore(original.Watermark, original.Above.ToArray());

        Assert.Equal(original.Watermark, restored.Watermark);
        Assert.Equal(original.Above, restored.Above);
        foreach (var seq in new long[] { 1, 2, 3, 5, 8, 9 })
        {
            Assert.False(restored.TryAccept(seq));
        }

        Assert.True(restored.TryAccept(4));
        Assert.True(restored.TryAccept(6));
    }

    [Fact]
    public void Restore_drops_stale_entries_and_compacts()
    {
        var window = SequenceWindow.Restore(10, [3, 10, 11, 12, 14]);

        Assert.Equal(12, window.Watermark);
        Assert.Equal([14L], window.Above);
    }

    [Fact]
    public void Restore_trims_state_saved_under_a_larger_capacity()
    {
        var window = SequenceWindow.Restore(0, [2, 4, 6, 8], capacity: 2);

        Assert.Equal(4, window.Watermark);
        Assert.Equal([6L, 8L], window.Above);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Capacity_must_be_positive(int capacity)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SequenceWindow(capacity));
    }
}
