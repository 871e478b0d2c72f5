using System.Text.Json.Nodes;

namespace Tracker.HttpTests;

/// <summary>
/// Writes a lock's journey as fixes every 30 s: driving along a path at a speed, detours,
/// stops and seal changes, with seeded GPS noise, as a real e-seal on a truck reports.
/// </summary>
public sealed class TrackScript(string lockId, DateTimeOffset start, (double Lon, double Lat)[] path, int seed = 7)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);
    private const double MetersPerDegreeLat = 111_320;

    private readonly Random _noise = new(seed);
    private readonly List<JsonObject> _fixes = [];
    private double _along;
    private double _northOffset;
    private string _seal = "sealed";

    public DateTimeOffset Now { get; private set; } = start;

    public IReadOnlyList<JsonObject> Fixes => _fixes;

    /// <summary>Drives along the path for <paramref name="meters"/> at <paramref name="kmh"/>.</summary>
    public TrackScript Drive(double meters, double kmh = 50)
    {
        var step = kmh / 3.6 * Interval.TotalSeconds;
        for (var done = 0.0; done < meters; done += step)
        {
            _along += Math.Min(step, meters - done);
            Emit(kmh);
        }

        return this;
    }

    /// <summary>Leaves the corridor sideways, drives on out there for a while, then comes back.</summary>
    public TrackScript Detour(double offsetMeters, TimeSpan outside, double kmh = 40)
    {
        _northOffset = offsetMeters;
        for (var t = TimeSpan.Zero; t < outside; t += Interval)
        {
            _along += kmh / 3.6 * Interval.TotalSeconds / 4;
            Emit(kmh);
        }

        _northOffset = 0;
        return this;
    }

    public TrackScript Stop(TimeSpan duration)
    {
        for (var t = TimeSpan.Zero; t < duration; t += Interval)
        {
            Emit(0, noiseMeters: 4);
        }

        return this;
    }

    public TrackScript Seal(string state)
    {
        _seal = state;
        return this;
    }

    private void Emit(double kmh, double noiseMeters = 12)
    {
        Now += Interval;
        var (lon, lat) = PointAt(_along);
        lat += (_northOffset + Noise(noiseMeters)) / MetersPerDegreeLat;
        lon += Noise(noiseMeters) / (MetersPerDegreeLat * Math.Cos(lat * Math.PI / 180));
        _fixes.Add(Json.Obj(
            ("lockId", lockId), ("seq", _fixes.Count + 1), ("time", Times.Iso(Now)), ("lat", Math.Round(lat, 6)), ("lon", Math.Round(lon, 6)),
            ("speedKmh", kmh), ("seal", _seal), ("batteryPct", 90)));
    }

    private double Noise(double meters) => (_noise.NextDouble() * 2 - 1) * meters;

    private (double Lon, double Lat) PointAt(double meters)
    {
        for (var i = 0; i + 1 < path.Length; i++)
        {
            var length = Length(path[i], path[i + 1]);
            if (meters <= length)
            {
                var f = meters / length;
                return (path[i].Lon + ((path[i + 1].Lon - path[i].Lon) * f), path[i].Lat + ((path[i + 1].Lat - path[i].Lat) * f));
            }

            meters -= length;
        }

        return path[^1];
    }

    public static double Length((double Lon, double Lat) a, (double Lon, double Lat) b)
    {
        var dy = (b.Lat - a.Lat) * MetersPerDegreeLat;
        var dx = (b.Lon - a.Lon) * MetersPerDegreeLat * Math.Cos((a.Lat + b.Lat) / 2 * Math.PI / 180);
        return Math.Sqrt((dx * dx) + (dy * dy));
    }
}
