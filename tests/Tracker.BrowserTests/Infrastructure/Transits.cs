using System.Text.Json.Nodes;
using Tracker.Testing.Http;

namespace Tracker.BrowserTests.Infrastructure;

/// <summary>Transits near Qingdao (inside the road view's first screen), declared and moved through the API.</summary>
public static class Transits
{
    /// <summary>Near the Qianwan terminal, on the road view's first screen.</summary>
    public const double Lat = 36.10;
    public const double Lon = 120.15;

    public static async Task<(string Id, string Lock, string Truck, string Container)> RoadAsync(HostApi api)
    {
        var (id, lockId, truck, container) = (Ids.Unique("rt"), Ids.Unique("lock"), Ids.Unique("truck"), Ids.Container());
        var declaration = Bodies.RoadDeclaration(id, Ids.Unique("tenant"), Ids.Unique("office"), [container], [lockId]);
        declaration["vehicleId"] = truck;
        declaration["corridor"] = Json.Obj(("path", Json.Arr(Json.Arr(Lon, Lat), Json.Arr(Lon + 0.2, Lat + 0.2))), ("bufferMeters", 500.0));
        declaration["zones"] = Json.Arr(Json.Obj(("id", "unseal"), ("kind", "UNSEAL"), ("center", Json.Arr(Lon + 0.2, Lat + 0.2)), ("radiusMeters", 300.0)));
        await api.DeclareAsync(declaration);
        return (id, lockId, truck, container);
    }

    public static async Task<(string Id, string Train)> RailAsync(HostApi api)
    {
        var (id, train) = (Ids.Unique("sr"), Ids.Unique("train"));
        await api.DeclareAsync(Bodies.RailDeclaration(id, Ids.Unique("tenant"), Ids.Unique("office"), [Ids.Container(), Ids.Container()], train));
        return (id, train);
    }

    public static async Task<string> VesselAsync(HostApi api, double lat, double lon)
    {
        var imo = Ids.Imo();
        await api.IngestAsync("/api/v1/ingest/ais", Bodies.Ais(Ids.Mmsi(), DateTimeOffset.UtcNow.AddSeconds(-5), lat, lon, imo, "TEST VESSEL"));
        return imo;
    }

    public static Task<JsonNode> LockFixAsync(HostApi api, string lockId, long seq, double lat, double lon, string seal = "sealed") =>
        api.LockFixesAsync(Bodies.LockFix(lockId, seq, DateTimeOffset.UtcNow.AddSeconds(seq - 60), lat, lon, seal));

    public static Task<JsonNode> VehicleFixAsync(HostApi api, string vehicleId, long seq, double lat, double lon) =>
        api.IngestAsync("/api/v1/ingest/vehicle-fixes", Bodies.VehicleFix(vehicleId, seq, DateTimeOffset.UtcNow.AddSeconds(seq - 60), lat, lon));
}
