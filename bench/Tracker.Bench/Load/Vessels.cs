using System.Diagnostics;
using System.Text.Json;
using Tracker.Domain.Identifiers;

namespace Tracker.Bench.Load;

/// <summary>
/// The AIS side of the traffic: a modest fleet (one vessel per 50 transits, at least 10) under way at sea off
/// eastern China, each reporting its position along its course as time passes, as a feed polled for the latest
/// positions returns them: one report per vessel a call.
/// </summary>
public sealed class Vessels
{
    private const int TransitsPerVessel = 50;
    private const int MinVessels = 10;
    private const double MetresPerNauticalMile = 1852;

    private readonly Stopwatch _sailing = Stopwatch.StartNew();
    private long _lastStamp;

    public Vessels(int transits, Random random)
    {
        Fleet = new Vessel[Math.Max(MinVessels, transits / TransitsPerVessel)];
        for (var v = 0; v < Fleet.Length; v++)
        {
            // MID 413 (China) for the MMSI; IMO numbers from 9 like today's ships', check digit computed.
            var imo = $"9{v + 10_000:D5}";
            Fleet[v] = new Vessel(
                $"413{v + 100_000:D6}",
                imo + ImoNumber.ComputeCheckDigit(imo),
                $"BENCH TRADER {v + 1}",

                // The East China Sea east of the Zhejiang and Fujian coast, clear of land and islands by tens of km.
                (122.8 + (random.NextDouble() * 1.7), 26 + (random.NextDouble() * 6)),
                random.NextDouble() * 360,
                12 + (random.NextDouble() * 8));
        }
    }

    public Vessel[] Fleet { get; }

    /// <summary>Writes one report of each of the vessels from <paramref name="first"/> on, where they are now.</summary>
    public void Write(Utf8JsonWriter json, int first, int count)
    {
        var time = Stamp();
        var hours = _sailing.Elapsed.TotalHours;
        for (var v = first; v < first + count; v++)
        {
            var vessel = Fleet[v];
            var (lon, lat) = Along(vessel, hours);
            json.WriteStartObject();
            json.WriteString("mmsi", vessel.Mmsi);
            json.WriteString("time", time);
            json.WriteNumber("lat", Math.Round(lat, 6));
            json.WriteNumber("lon", Math.Round(lon, 6));
            json.WriteNumber("sogKnots", Math.Round(vessel.SpeedKnots, 1));
            json.WriteNumber("cogDegrees", Math.Round(vessel.CourseDegrees, 1));
            json.WriteNumber("heading", Math.Round(vessel.CourseDegrees));
            json.WriteNumber("navStatus", 0);
            json.WriteString("imo", vessel.Imo);
            json.WriteString("name", vessel.Name);
            json.WriteString("destination", "CNSHA");
            json.WriteEndObject();
        }
    }

    /// <summary>
    /// Now, but at least a millisecond after the last stamp: (mmsi, time) identifies an AIS report, so two calls
    /// written in the same instant by two senders must not make each other's reports duplicates.
    /// </summary>
    private DateTimeOffset Stamp()
    {
        while (true)
        {
            var last = Interlocked.Read(ref _lastStamp);
            var now = DateTimeOffset.UtcNow.UtcTicks;
            var next = Math.Max(now - (now % TimeSpan.TicksPerMillisecond), last + TimeSpan.TicksPerMillisecond);
            if (Interlocked.CompareExchange(ref _lastStamp, next, last) == last)
            {
                return new DateTimeOffset(next, TimeSpan.Zero);
            }
        }
    }

    private static (double Lon, double Lat) Along(Vessel vessel, double hours)
    {
        var metres = vessel.SpeedKnots * hours * MetresPerNauticalMile;
        var course = vessel.CourseDegrees * Math.PI / 180;
        var lat = vessel.Start.Lat + (metres * Math.Cos(course) / 111_320);
        var lon = vessel.Start.Lon + (metres * Math.Sin(course) / (111_320 * Math.Cos(lat * Math.PI / 180)));
        return (lon, lat);
    }
}
