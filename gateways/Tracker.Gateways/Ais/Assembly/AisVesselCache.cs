using System.Globalization;
using Tracker.Gateways.Ais.Messages;
using Tracker.Grains.Vessels;

namespace Tracker.Gateways.Ais.Assembly;

/// <summary>
/// What the gateway last heard of each MMSI: static and voyage data (type 5, 19, 24 A and B merged) and the last
/// position. Position reports carry the static data; static data alone is reported at the last position. Shared by
/// every source, bounded: past <c>capacity</c> MMSIs the ones first heard longest ago are forgotten.
/// </summary>
public sealed class AisVesselCache(int capacity = AisVesselCache.DefaultCapacity)
{
    /// <summary>A busy coastal receiver hears a few thousand ships a day.</summary>
    public const int DefaultCapacity = 100_000;

    /// <summary>
    /// A static report is never stamped with its last position's time: the transponder takes (MMSI, time) as the
    /// report's identity and would call it a duplicate.
    /// </summary>
    private static readonly TimeSpan AfterPosition = TimeSpan.FromMilliseconds(1);

    private readonly Dictionary<uint, Vessel> _vessels = [];
    private readonly Queue<uint> _heardFirst = new();
    private readonly Lock _lock = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _vessels.Count;
            }
        }
    }

    /// <summary>
    /// The report for a position (which must have one), carrying what is known of the vessel. <paramref name="receipt"/>
    /// says the time is when the line arrived, not the sender's (no tag block): every line of one read arrives at the
    /// same instant, so a report of an MMSI already reported at or after that time is stamped just after it, or it
    /// would be taken as a duplicate. A sender's own time is kept: the same sentence heard twice is a duplicate.
    /// </summary>
    public AisReport OnPosition(in AisPosition p, DateTimeOffset time, bool receipt = false)
    {
        lock (_lock)
        {
            var v = Get(p.Mmsi);
            if (receipt && v.Reported is { } reported && time <= reported)
            {
                time = reported + AfterPosition;
            }

            if (v.Last is null || time >= v.Last.Time)
            {
                v.Last = new LastPosition(p.Lat!.Value, p.Lon!.Value, p.SogKnots, p.CogDegrees, p.Heading, p.NavStatus, time);
            }

            return v.Report(time, p.Lat!.Value, p.Lon!.Value, p.SogKnots, p.CogDegrees, p.Heading, p.NavStatus);
        }
    }

    /// <summary>Merges static data; a report at the last position when one is known, else null.</summary>
    public AisReport? OnStatic(AisStatic s, DateTimeOffset time, bool report, bool receipt = false)
    {
        lock (_lock)
        {
            var v = Get(s.Mmsi);
            v.Imo = s.Imo ?? v.Imo;
            v.Name = s.Name ?? v.Name;
            v.CallSign = s.CallSign ?? v.CallSign;
            v.Destination = s.Destination ?? v.Destination;
            if (s.Type == 5)
            {
                // A type 5 with no ETA says there is none now; an older one would mislead.
                v.Eta = s.Eta;
            }

            if (!report || v.Last is not { } last)
            {
                return null;
            }

            var at = time > last.Time ? time : last.Time + AfterPosition;
            if (receipt && v.Reported is { } reported && at <= reported)
            {
                at = reported + AfterPosition;
            }

            return v.Report(at, last.Lat, last.Lon, last.Sog, last.Cog, last.Heading, last.NavStatus);
        }
    }

    private Vessel Get(uint mmsi)
    {
        if (_vessels.TryGetValue(mmsi, out var v))
        {
            return v;
        }

        while (_vessels.Count >= Math.Max(1, capacity) && _heardFirst.TryDequeue(out var forget))
        {
            _vessels.Remove(forget);
        }

        v = new Vessel(mmsi.ToString("D9", CultureInfo.InvariantCulture));
        _vessels[mmsi] = v;
        _heardFirst.Enqueue(mmsi);
        return v;
    }

    private sealed record LastPosition(double Lat, double Lon, double? Sog, double? Cog, int? Heading, int? NavStatus, DateTimeOffset Time);

    private sealed class Vessel(string mmsi)
    {
        public string? Imo { get; set; }

        public string? Name { get; set; }

        public string? CallSign { get; set; }

        public string? Destination { get; set; }

        public AisEta? Eta { get; set; }

        public LastPosition? Last { get; set; }

        /// <summary>The latest time this vessel was reported at.</summary>
        public DateTimeOffset? Reported { get; private set; }

        public AisReport Report(DateTimeOffset time, double lat, double lon, double? sog, double? cog, int? heading, int? navStatus)
        {
            Reported = Reported is { } reported && reported > time ? reported : time;
            return new(mmsi, time, lat, lon, sog, cog, heading, navStatus, Imo, Name, Destination, EtaYear.Infer(Eta, time), CallSign);
        }
    }
}
