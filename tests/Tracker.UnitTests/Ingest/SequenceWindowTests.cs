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

    [Fact]
    public void A_device_numbering_from_1_costs_one_run_however_many_reports_and_a_late_0_is_still_taken()
    {
        var window = SequenceWindow.Restore(-1, []);
        for (var seq = 1L; seq <= 1000; seq++)
        {
            Assert.True(window.TryAccept(seq));
        }

        Assert.Equal([(1L, 1000L)], window.Runs);
        Assert.Equal(1000, window.Above.Count);
        Assert.False(window.TryAccept(500));
        Assert.True(window.TryAccept(0));
        Assert.Equal(1000, window.Watermark);
        Assert.Empty(window.Runs);
    }

    [Fact]
    public void Runs_restore_to_the_same_window()
    {
        var original = SequenceWindow.Restore(0, [2, 3, 4, 7, 9, 10]);
        var restored = SequenceWindow.RestoreRuns(original.Watermark, original.Runs);

        Assert.Equal([(2L, 4L), (7L, 7L), (9L, 10L)], restored.Runs);
        Assert.Equal(original.Above, restored.Above);
        Assert.Equal([(2L, 8L)], SequenceWindow.RestoreRuns(0, [(-3, 0), (2, 6), (5, 8)]).Runs);
    }

    /// <summary>Against the plain definition (a watermark and a set of single seqs), on random traffic with repeats and late reports.</summary>
    [Theory]
    [InlineData(1, 8)]
    [InlineData(2, 64)]
    [InlineData(3, 1)]
    public void Runs_accept_exactly_what_the_set_of_seqs_would(int seed, int capacity)
    {
        var random = new Random(seed);
        var window = new SequenceWindow(capacity);
        var (watermark, above) = (SequenceWindow.NothingSeen, new SortedSet<long>());
        for (var i = 0; i < 20_000; i++)
        {
            var seq = i / 2 + random.Next(-40, 40);
            var expected = seq > watermark && above.Add(seq);
            while (expected && watermark < long.MaxValue && above.Remove(watermark + 1))
            {
                watermark++;
            }

            while (above.Count > capacity)
            {
                watermark = above.Min;
                above.Remove(watermark);
                while (above.Remove(watermark + 1))
                {
                    watermark++;
                }
            }

            Assert.Equal(expected, window.TryAccept(seq));
            Assert.Equal(watermark, window.Watermark);
            Assert.Equal(above, window.Above);
        }
    }
}
