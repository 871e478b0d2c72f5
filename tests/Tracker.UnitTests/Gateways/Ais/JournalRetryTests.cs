using Tracker.Gateways.Ais.Sources;
using Tracker.Ingest.Pipeline;

namespace Tracker.UnitTests.Gateways.Ais;

/// <summary>
/// NMEA has no acknowledgement: a batch the journal cannot take yet must be offered again, not dropped, or a store
/// outage would silently lose every vessel position received meanwhile.
/// </summary>
public sealed class JournalRetryTests
{
    [Fact]
    public async Task A_batch_refused_while_the_journal_is_unavailable_is_offered_again_until_it_is_taken()
    {
        var offers = 0;
        var pauses = new List<TimeSpan>();
        var taken = await JournalRetry.UntilTaken(
            () => ++offers <= 4 ? throw new IngestUnavailableException("The journal could not be written.") : Task.FromResult("taken"),
            (_, pause) => pauses.Add(pause),
            new InstantClock(),
            CancellationToken.None);

        Assert.Equal("taken", taken);
        Assert.Equal(5, offers);
        Assert.Equal([200, 400, 800, 1600], pauses.Select(p => p.TotalMilliseconds));
    }

    [Fact]
    public async Task The_pause_between_offers_grows_to_five_seconds_and_stays_there()
    {
        var offers = 0;
        var pauses = new List<TimeSpan>();
        await JournalRetry.UntilTaken(
            () => ++offers <= 8 ? throw new IngestUnavailableException("The host is starting.") : Task.FromResult(0),
            (_, pause) => pauses.Add(pause),
            new InstantClock(),
            CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(5), pauses[^1]);
        Assert.Equal(TimeSpan.FromSeconds(5), pauses[^2]);
    }

    [Fact]
    public async Task A_source_that_stops_stops_offering()
    {
        using var stop = new CancellationTokenSource();
        var offers = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => JournalRetry.UntilTaken<int>(
            () => throw new IngestUnavailableException("The journal could not be written."),
            (_, _) => { if (++offers == 3) { stop.Cancel(); } },
            new InstantClock(),
            stop.Token));
        Assert.Equal(3, offers);
    }

    [Fact]
    public async Task A_failure_that_is_not_try_again_is_not_retried()
    {
        var offers = 0;
        await Assert.ThrowsAsync<InvalidOperationException>(() => JournalRetry.UntilTaken<int>(
            () => { offers++; throw new InvalidOperationException("a bug"); },
            (_, _) => { },
            new InstantClock(),
            CancellationToken.None));
        Assert.Equal(1, offers);
    }

    /// <summary>Pauses end at once, so the test does not wait out the backoff.</summary>
    private sealed class InstantClock : TimeProvider
    {
        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            ArgumentNullException.ThrowIfNull(callback);
            callback(state);
            return new NoTimer();
        }

        private sealed class NoTimer : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => true;

            public void Dispose()
            {
            }

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }
}
