using Tracker.Domain.Events;
using Tracker.Domain.Geography;
using Tracker.Domain.Supervision;

namespace Tracker.UnitTests.Supervision;

/// <summary>
/// Scripts a lock's track along <see cref="TestRoute"/>: drives, veers off, stops, goes silent, all with seeded GPS
/// noise, one fix per step. It also keeps the true (noise-free) positions, from which a vehicle track with its own
/// noise and its own reporting times is derived.
/// </summary>
internal sealed class TrackBuilder
{
    private readonly Random _noise;
    private readonly List<Observation> _fixes = [];
    private readonly List<Observation> _truth = [];

    public TrackBuilder(int seed = 1, DateTimeOffset? start = null, double along = 0, TimeSpan? step = null, double noiseMeters = 12)
    {
        _noise = new Random(seed);
        Time = start ?? TestRoute.Start;
        Along = along;
        Step = step ?? TimeSpan.FromSeconds(30);
        NoiseMeters = noiseMeters;
    }

    public DateTimeOffset Time { get; private set; }

    public double Along { get; private set; }

    public double Offset { get; private set; }

    public TimeSpan Step { get; }

    public double NoiseMeters { get; set; }

    public SealState Seal { get; private set; } = SealState.Sealed;

    /// <summary>Whether fixes carry a speed; some locks report none.</summary>
    public bool ReportsSpeed { get; set; } = true;

    public IReadOnlyList<Observation> Fixes => _fixes;

    public IReadOnlyList<Observation> Truth => _truth;

    /// <summary>Drives a distance along the corridor at the current lateral offset.</summary>
    public TrackBuilder Drive(double meters, double kmh = 60) => Veer(Offset, meters, kmh);

    public TrackBuilder DriveTo(double along, double kmh = 60) => Drive(along - Along, kmh);

    /// <summary>Drives a distance along the corridor while the lateral offset changes linearly to <paramref name="toOffset"/>.</summary>
    public TrackBuilder Veer(double toOffset, double meters, double kmh = 60)
    {
        var perStep = kmh / 3.6 * Step.TotalSeconds;
        var steps = Math.Max(1, (int)Math.Round(meters / perStep));
        var fromAlong = Along;
        var fromOffset = Offset;
        for (var i = 1; i <= steps; i++)
        {
            Along = fromAlong + meters * i / steps;
            Offset = fromOffset + (toOffset - fromOffset) * i / steps;
            Emit(kmh);
        }

        return this;
    }

    /// <summary>Drives for a time at a fixed offset, e.g. along a road parallel to the corridor.</summary>
    public TrackBuilder DriveFor(TimeSpan duration, double kmh = 60, double? offset = null)
    {
        Offset = offset ?? Offset;
        var steps = (int)(duration / Step);
        for (var i = 0; i < steps; i++)
        {
            Along += kmh / 3.6 * Step.TotalSeconds;
            Emit(kmh);
        }

        return this;
    }

    /// <summary>Moves sideways to an offset in one jump (no fix in between), e.g. to script a position precisely.</summary>
    public TrackBuilder JumpTo(double along, double offset)
    {
        Along = along;
        Offset = offset;
        return this;
    }

    /// <summary>Stands still for a time: one noisy fix per step, with the small speeds a parked receiver reports.</summary>
    public TrackBuilder Stop(TimeSpan duration)
    {
        var steps = (int)(duration / Step);
        for (var i = 0; i < steps; i++)
        {
            Emit(0);
        }

        return this;
    }

    /// <summary>Lets time pass without any fix (no coverage, or the lock is switched off).</summary>
    public TrackBuilder Silence(TimeSpan duration)
    {
        Time += duration;
        return this;
    }

    public TrackBuilder SetSeal(SealState seal)
    {
        Seal = seal;
        return this;
    }

    /// <summary>A vehicle track from the same truth: its own noise, reporting at each step shifted by <paramref name="phase"/>.</summary>
    public IReadOnlyList<Observation> VehicleTrack(TimeSpan phase, int seed = 99, double? noiseMeters = null)
    {
        var noise = new Random(seed);
        var track = new List<Observation>();
        for (var i = 0; i < _truth.Count - 1; i++)
        {
            var (a, b) = (_truth[i], _truth[i + 1]);
            var time = a.Time + phase;

            // Only between truth points a step apart: a silence in the lock's track is no silence of the truck's,
            // but interpolating over it would invent a straight-line drive.
            if (time > b.Time || b.Time - a.Time > Step)
            {
                continue;
            }

            var k = (time - a.Time) / (b.Time - a.Time);
            var position = Spherical.Intermediate(a.Position, b.Position, k);
            track.Add(new Observation(time, Jitter(noise, position, noiseMeters ?? NoiseMeters), a.SpeedKmh, null));
        }

        return track;
    }

    private void Emit(double kmh)
    {
        Time += Step;
        var truth = TestRoute.PointAt(Along, Offset);
        _truth.Add(new Observation(Time, truth, kmh, null));
        double? speed = kmh > 0
            ? Math.Max(0, kmh + (_noise.NextDouble() * 4 - 2))
            : _noise.NextDouble() * 1.5;
        _fixes.Add(new Observation(Time, Jitter(_noise, truth, NoiseMeters), ReportsSpeed ? speed : null, Seal));
    }

    /// <summary>Moves a position a random distance up to the noise radius, uniformly over the disc.</summary>
    private static GeoPosition Jitter(Random random, GeoPosition p, double meters) =>
        meters <= 0 ? p : Spherical.Destination(p, random.NextDouble() * 360, meters * Math.Sqrt(random.NextDouble()));
}
