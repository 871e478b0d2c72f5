using Tracker.Simulator.Scenario;

namespace Tracker.SimulatorTests;

/// <summary>
/// A few coarse polygons that lie wholly on land, for catching a sea lane that cuts across it.
/// </summary>
/// <remarks>
/// Each polygon's outline was traced 2-10 km inland and checked, every 100 m, against the GSHHG full-resolution
/// shoreline: no point of it is at sea, so a segment that enters one crosses land. They are deliberately smaller
/// than the land they stand for, so that a lane hugging a coast is not flagged. Segments are tested as straight
/// lines in longitude/latitude; over the at most 40 km legs of a lane that differs from the great circle by
/// metres, far inside the margin.
/// </remarks>
internal static class CoarseLand
{
    public static readonly IReadOnlyDictionary<string, GeoPoint[]> Polygons = new Dictionary<string, GeoPoint[]>
    {
        // Qingdao's Laoshan east of Jiaozhou Bay round to Penglai, Yantai, Weihai, Chengshan, Shidao and Rushan.
        ["Shandong peninsula"] =
        [
            new(120.40, 36.25), new(120.45, 36.40), new(120.45, 37.00), new(120.45, 37.70), new(120.60, 37.72),
            new(120.75, 37.79), new(120.90, 37.78), new(121.00, 37.69), new(121.12, 37.57), new(121.25, 37.545),
            new(121.38, 37.515), new(121.42, 37.47), new(121.55, 37.42), new(121.72, 37.39), new(121.85, 37.42),
            new(121.92, 37.40), new(122.02, 37.40), new(122.10, 37.45), new(122.15, 37.41), new(122.20, 37.42),
            new(122.30, 37.39), new(122.35, 37.35), new(122.50, 37.345), new(122.54, 37.30), new(122.56, 37.22),
            new(122.50, 37.175), new(122.42, 37.15), new(122.38, 37.08), new(122.27, 37.06), new(122.18, 37.09),
            new(122.00, 37.05), new(121.80, 37.00), new(121.60, 36.95), new(121.30, 36.85), new(121.00, 36.75),
            new(120.80, 36.70), new(120.62, 36.52), new(120.64, 36.40), new(120.62, 36.30), new(120.66, 36.20),
            new(120.62, 36.14), new(120.50, 36.115), new(120.42, 36.10), new(120.40, 36.16),
        ],

        // The Jiangsu coast from Lianyungang to the north bank of the Yangtze mouth.
        ["Jiangsu coast"] =
        [
            new(119.20, 34.50), new(119.70, 34.40), new(120.10, 34.10), new(120.35, 33.50), new(120.55, 33.00),
            new(120.75, 32.50), new(121.20, 32.10), new(121.40, 31.95), new(120.80, 32.15), new(119.90, 32.40),
            new(119.20, 33.50),
        ],

        // The two islands the Ningbo lane threads between.
        ["Zhoushan island"] = [new(122.00, 30.08), new(122.10, 30.10), new(122.20, 30.05), new(122.15, 30.01), new(122.05, 30.02)],
        ["Jintang island"] = [new(121.87, 30.06), new(121.90, 30.05), new(121.91, 30.00), new(121.88, 29.99)],
    };

    /// <summary>The name of the first polygon the segment enters, or null when it stays off all of them.</summary>
    public static string? Crossed(GeoPoint a, GeoPoint b)
    {
        foreach (var (name, polygon) in Polygons)
        {
            if (Inside(a, polygon) || Inside(b, polygon) || Edges(polygon).Any(e => Intersect(a, b, e.From, e.To)))
            {
                return name;
            }
        }

        return null;
    }

    private static IEnumerable<(GeoPoint From, GeoPoint To)> Edges(GeoPoint[] polygon) =>
        polygon.Select((p, i) => (p, polygon[(i + 1) % polygon.Length]));

    // Even-odd ray casting towards increasing longitude.
    private static bool Inside(GeoPoint p, GeoPoint[] polygon)
    {
        var inside = false;
        foreach (var (a, b) in Edges(polygon))
        {
            if ((a.Lat > p.Lat) != (b.Lat > p.Lat) && p.Lon < a.Lon + ((p.Lat - a.Lat) / (b.Lat - a.Lat) * (b.Lon - a.Lon)))
            {
                inside = !inside;
            }
        }

        return inside;
    }

    private static bool Intersect(GeoPoint p1, GeoPoint p2, GeoPoint q1, GeoPoint q2)
    {
        var d1 = Cross(q1, q2, p1);
        var d2 = Cross(q1, q2, p2);
        var d3 = Cross(p1, p2, q1);
        var d4 = Cross(p1, p2, q2);
        return ((d1 > 0) != (d2 > 0)) && ((d3 > 0) != (d4 > 0));
    }

    private static double Cross(GeoPoint o, GeoPoint a, GeoPoint b) =>
        ((a.Lon - o.Lon) * (b.Lat - o.Lat)) - ((a.Lat - o.Lat) * (b.Lon - o.Lon));
}
