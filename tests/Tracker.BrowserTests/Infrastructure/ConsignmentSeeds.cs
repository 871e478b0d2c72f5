using System.Text.Json.Nodes;
using Tracker.Testing.Http;

namespace Tracker.BrowserTests.Infrastructure;

/// <summary>Transits with a history to play back: declared through the API and fed with reports.</summary>
public static class ConsignmentSeeds
{
    public const double Lat = 36.10;
    public const double Lon = 120.15;

    /// <summary>
    /// A road transit whose lock and truck drove its corridor over the last hour (a report a minute),
    /// the lock opened half way (an OPEN alert raised then, outside the unseal zone).
    /// </summary>
    public static async Task<(string Id, string Lock, string Truck, DateTimeOffset OpenedAt)> RoadWithHistoryAsync(HostApi api, string office)
    {
        var (id, lockId, truck, container) = (Ids.Unique("rt"), Ids.Unique("lock"), Ids.Unique("truck"), Ids.Container());
        var declaration = Bodies.RoadDeclaration(id, Ids.Unique("tenant"), office, [container], [lockId]);
        declaration["vehicleId"] = truck;
        declaration["corridor"] = Json.Obj(("path", Json.Arr(Json.Arr(Lon, Lat), Json.Arr(Lon + 0.2, Lat + 0.2))), ("bufferMeters", 500.0));
        declaration["zones"] = Json.Arr(Json.Obj(("id", "unseal"), ("kind", "UNSEAL"), ("center", Json.Arr(Lon + 0.2, Lat + 0.2)), ("radiusMeters", 300.0)));
        await api.DeclareAsync(declaration);

        var start = new DateTimeOffset(DateTimeOffset.UtcNow.AddMinutes(-60).Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero);
        var locks = new List<JsonNode>();
        var vehicle = new List<JsonNode>();
        for (var i = 0; i <= 60; i++)
        {
            var f = i / 60.0;
            var time = start.AddMinutes(i);
            locks.Add(Bodies.LockFix(lockId, i + 1, time, Lat + 0.2 * f, Lon + 0.2 * f, i == 30 ? "opened" : "sealed"));
            vehicle.Add(Bodies.VehicleFix(truck, i + 1, time, Lat + 0.2 * f + 0.0005, Lon + 0.2 * f));
        }

        await api.LockFixesAsync([.. locks]);
        await api.IngestAsync("/api/v1/ingest/vehicle-fixes", [.. vehicle]);
        return (id, lockId, truck, start.AddMinutes(30));
    }

    /// <summary>
    /// A water-to-water transit whose feeder reports AIS after the declaration, due an hour from now
    /// against a mainline cut-off in 30 minutes: a margin of about -30 minutes, at risk.
    /// </summary>
    public static async Task<(string Id, string Imo, string Name)> WaterWithAisAsync(HostApi api, string office)
    {
        var (id, imo, mmsi, name) = (Ids.Unique("ww"), Ids.Imo(), Ids.Mmsi(), $"FEEDER {Ids.Unique("f").ToUpperInvariant()}");
        var declaration = Bodies.RoadDeclaration(id, Ids.Unique("tenant"), office, [Ids.Container(), Ids.Container()], []);
        declaration["mode"] = "WATER";
        declaration["locks"] = Json.Arr();
        declaration["feederImo"] = imo;
        declaration["origin"] = Json.Obj(("unLocode", "CNSHD"));
        declaration["destination"] = Json.Obj(("unLocode", "CNTAO"), ("facility", "QQCT"));
        declaration["corridor"] = Json.Obj(("path", Json.Arr(Json.Arr(122.45, 36.88), Json.Arr(122.3, 36.2), Json.Arr(120.9, 35.9), Json.Arr(120.35, 36.0))), ("bufferMeters", 5000.0));
        declaration["zones"] = Json.Arr();
        declaration["connection"] = Json.Obj(("mainlineImo", Ids.Imo()), ("cutoff", Times.Iso(DateTimeOffset.UtcNow.AddMinutes(30))));
        await api.DeclareAsync(declaration);

        // AIS counts for the transit from its declaration on; reports may run up to 5 minutes ahead of the host's clock.
        var now = DateTimeOffset.UtcNow;
        var eta = Times.Iso(now.AddMinutes(60));
        var reports = new List<JsonNode>();
        for (var i = 1; i <= 10; i++)
        {
            var f = i / 10.0;
            var report = Bodies.Ais(mmsi, now.AddSeconds(i * 20), 36.88 - 0.5 * f, 122.45 - 0.2 * f, imo, name);
            report["eta"] = eta;
            report["destination"] = "CNTAO";
            report["cogDegrees"] = 200.0;
            reports.Add(report);
        }

        await api.IngestAsync("/api/v1/ingest/ais", [.. reports]);
        return (id, imo, name);
    }
}
