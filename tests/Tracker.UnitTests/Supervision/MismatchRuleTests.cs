using Tracker.Domain.Supervision;

namespace Tracker.UnitTests.Supervision;

public class MismatchRuleTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Phase = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The lock keeps to the corridor while the truck's own GNSS shows it on a road 800 m to the side for a while:
    /// the lock has been left with another vehicle (or the vehicle's unit moved to another truck).
    /// </summary>
    private static (IReadOnlyList<Observation> Lock, IReadOnlyList<Observation> Vehicle) Split(params TimeSpan[] apart)
    {
        var lockTrack = new TrackBuilder(101, along: 3_000);
        var truck = new TrackBuilder(102, along: 3_000);
        lockTrack.Drive(2_000);
        truck.Drive(2_000);
        foreach (var duration in apart)
        {
            lockTrack.Drive(500).DriveFor(duration).Drive(500).Drive(2_000);
            truck.Veer(800, 500).DriveFor(duration).Veer(0, 500).Drive(2_000);
        }

        // The truck's track ends a step before the lock's: leave time for the last comparisons.
        lockTrack.Drive(2_000);
        truck.Drive(2_000);

        return (lockTrack.Fixes, truck.VehicleTrack(Phase));
    }

    [Fact]
    public void Lock_and_vehicle_on_the_same_truck_with_noise_and_different_clocks_raise_nothing()
    {
        var track = new TrackBuilder(103, noiseMeters: 15)
            .Stop(10 * Minute).DriveTo(TestRoute.RestAlongMeters, 80).Stop(20 * Minute).DriveTo(TestRoute.LengthMeters - 50, 80);

        var replay = new Replay(TestRoute.Supervisor()).Live(track.Fixes, track.VehicleTrack(TimeSpan.FromSeconds(17), noiseMeters: 15));

        Assert.Empty(replay.Raised);
    }

    [Fact]
    public void Lock_and_vehicle_apart_for_longer_than_the_tolerance_raise_a_mismatch_once()
    {
        var (lockFixes, vehicleFixes) = Split(10 * Minute);

        var replay = new Replay(TestRoute.Supervisor()).Live(lockFixes, vehicleFixes);

        var mismatch = Assert.Single(replay.Raised);
        Assert.Equal(AnomalyType.TMIS, mismatch.Type);
        Assert.Equal(Severity.High, mismatch.Severity);
        Assert.Equal(Replay.LockId, mismatch.Device);
        Assert.Equal(3 * Minute, mismatch.Evidence.Duration);
        Assert.Matches(@"^lock LOCK-1 and vehicle TRUCK-1 \d{3} m apart for 3 min$", mismatch.Evidence.Summary);
        Assert.NotEmpty(mismatch.Evidence.Track);
        Assert.All(mismatch.Evidence.Track, f => Assert.Contains(f, lockFixes));
    }

    [Fact]
    public void A_separation_shorter_than_the_tolerance_raises_nothing()
    {
        var (lockFixes, vehicleFixes) = Split(Minute);

        Assert.Empty(new Replay(TestRoute.Supervisor()).Live(lockFixes, vehicleFixes).Raised);
    }

    [Fact]
    public void Coming_back_together_ends_the_mismatch_and_a_second_separation_raises_again()
    {
        var (lockFixes, vehicleFixes) = Split(6 * Minute, 6 * Minute);

        var replay = new Replay(TestRoute.Supervisor()).Live(lockFixes, vehicleFixes);

        Assert.Equal(2, replay.RaisedOf(AnomalyType.TMIS).Count);
        Assert.Equal(2, replay.EndedOf(AnomalyType.TMIS).Count);
        var end = replay.EndedOf(AnomalyType.TMIS)[0];
        Assert.Equal(Replay.LockId, end.Device);
        Assert.StartsWith("lock LOCK-1 and vehicle TRUCK-1 together again after", end.Summary, StringComparison.Ordinal);
        Assert.True(replay.RaisedOf(AnomalyType.TMIS)[1].At > end.At);
    }

    [Fact]
    public void The_same_mismatch_is_found_whichever_device_reports_first()
    {
        var (lockFixes, vehicleFixes) = Split(10 * Minute);

        var live = new Replay(TestRoute.Supervisor()).Live(lockFixes, vehicleFixes);
        var lockFirst = new Replay(TestRoute.Supervisor()).Locks(lockFixes).Vehicle(vehicleFixes);
        var vehicleFirst = new Replay(TestRoute.Supervisor()).Vehicle(vehicleFixes).Locks(lockFixes);

        var expected = Assert.Single(live.Raised).At;
        Assert.Equal(expected, Assert.Single(lockFirst.Raised).At);
        Assert.Equal(expected, Assert.Single(vehicleFirst.Raised).At);
    }

    [Fact]
    public void Late_vehicle_fixes_never_raise_a_mismatch()
    {
        var (lockFixes, vehicleFixes) = Split(6 * Minute);
        // The truck is off the corridor from lock fix 4 (the veer) to lock fix 16; fix 17 is back on it.
        var apart = vehicleFixes.Where(f => f.Time > lockFixes[3].Time && f.Time < lockFixes[17].Time).ToList();
        var together = vehicleFixes.Except(apart).ToList();
        Assert.All(apart, f => Assert.True(Distance(f, lockFixes) > 300));
        var supervisor = TestRoute.Supervisor();

        var replay = new Replay(supervisor).Live(lockFixes, together);
        var late = apart.Select(f => supervisor.OnVehicleFix(Replay.VehicleId, f)).ToList();

        Assert.Empty(replay.Raised);
        Assert.All(late, r => Assert.Same(SupervisionResult.Empty, r));
    }

    [Fact]
    public void No_mismatch_after_arrival()
    {
        var (lockFixes, vehicleFixes) = Split(10 * Minute);
        var supervisor = TestRoute.Supervisor();
        supervisor.OnArrived(TestRoute.Start);

        Assert.Empty(new Replay(supervisor).Live(lockFixes, vehicleFixes).Raised);
    }

    /// <summary>Distance from a vehicle fix to the lock fix nearest in time (10 s and up to 170 m apart on the same truck).</summary>
    private static double Distance(Observation vehicleFix, IReadOnlyList<Observation> lockFixes) =>
        Tracker.Domain.Geography.GeoPosition.DistanceMeters(
            vehicleFix.Position, lockFixes.MinBy(l => Math.Abs((l.Time - vehicleFix.Time).Ticks))!.Position);
}
