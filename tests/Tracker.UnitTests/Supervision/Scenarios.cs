using Tracker.Domain.Events;

namespace Tracker.UnitTests.Supervision;

/// <summary>Whole trips along <see cref="TestRoute"/>, shared by the trip and persistence tests.</summary>
internal static class Scenarios
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The acceptance script: sealed in the seal zone, leaves the corridor for 10 minutes, later stops 40
    /// minutes outside any zone, returns to the road, has its seal opened 2.3 km before the unseal zone and arrives.
    /// </summary>
    public static TrackBuilder Acceptance(int seed = 2025) =>
        new TrackBuilder(seed)
            .Stop(10 * Minute)
            .DriveTo(10_000, 60)
            .Veer(1_000, 333, 40)
            .DriveFor(9.5 * Minute, 40)
            .Veer(0, 333, 40)
            .DriveTo(22_000, 60)
            .Stop(40 * Minute)
            .DriveTo(29_000, 60)
            .SetSeal(SealState.Opened)
            .DriveTo(TestRoute.LengthMeters - 50, 40)
            .Stop(10 * Minute);

    /// <summary>
    /// A clean trip: sealing, traffic lights and a toll outside the zones, the driver's break in the rest area,
    /// and the seal removed in the unseal zone.
    /// </summary>
    public static TrackBuilder CleanTrip(int seed) =>
        new TrackBuilder(seed, noiseMeters: 15)
            .Stop(20 * Minute)
            .DriveTo(6_000, 50)
            .Stop(2 * Minute)
            .DriveTo(12_000, 70)
            .Stop(1.5 * Minute)
            .DriveTo(TestRoute.RestAlongMeters, 60)
            .Stop(45 * Minute)
            .DriveTo(24_000, 70)
            .Stop(3 * Minute)
            .DriveTo(TestRoute.LengthMeters - 30, 50)
            .Stop(5 * Minute)
            .SetSeal(SealState.Opened)
            .Stop(15 * Minute);
}
