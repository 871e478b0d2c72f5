using System.Text.Json.Nodes;
using Tracker.Testing.Http;

namespace Tracker.BrowserTests.Infrastructure;

/// <summary>
/// A road transit of one tenant and office near Qingdao, declared, sealed and started through the
/// API, which the container page and the customs console tests watch and make misbehave.
/// </summary>
public sealed record Supervised(string Id, string Tenant, string Office, string Lock, string Truck, string Container)
{
    public const double Lat = 36.10;
    public const double Lon = 120.15;

    public static async Task<Supervised> DeclareAsync(HostApi api, string? tenant = null, string? office = null)
    {
        var transit = new Supervised(
            Ids.Unique("rt"), tenant ?? Ids.Unique("tenant"), office ?? Ids.Unique("office"), Ids.Unique("lock"), Ids.Unique("truck"), Ids.Container());
        var declaration = Bodies.RoadDeclaration(transit.Id, transit.Tenant, transit.Office, [transit.Container], [transit.Lock]);
        declaration["vehicleId"] = transit.Truck;
        declaration["origin"] = Json.Obj(("unLocode", "CNTAO"), ("facility", "QQCT"));
        declaration["corridor"] = Json.Obj(("path", Json.Arr(Json.Arr(Lon, Lat), Json.Arr(Lon + 0.2, Lat + 0.2))), ("bufferMeters", 500.0));
        declaration["zones"] = Json.Arr(
            Json.Obj(("id", "seal"), ("kind", "SEAL"), ("center", Json.Arr(Lon, Lat)), ("radiusMeters", 300.0)),
            Json.Obj(("id", "unseal"), ("kind", "UNSEAL"), ("center", Json.Arr(Lon + 0.2, Lat + 0.2)), ("radiusMeters", 300.0)));
        await api.DeclareAsync(declaration);

        var start = DateTimeOffset.UtcNow.AddMinutes(-20);
        await api.EventsAsync(
            Bodies.Event("TRANSIT", "TDEC", start.AddMinutes(-30), transit.Container, transit.Id),
            WithTruck(Bodies.Event("EQUIPMENT", "LOAD", start.AddMinutes(-8), transit.Container, transit.Id, unLocode: "CNTAO"), transit.Truck),
            WithTruck(Bodies.Event("EQUIPMENT", "GTOT", start.AddMinutes(-5), transit.Container, transit.Id, unLocode: "CNTAO"), transit.Truck),
            Bodies.Event("SEAL", "SEAL", start, transit.Container, transit.Id),
            Bodies.Event("TRANSIT", "TSTR", start, transit.Container, transit.Id),
            Bodies.Event("EQUIPMENT", "GTIN", DateTimeOffset.UtcNow.AddHours(2), transit.Container, transit.Id, unLocode: "CNXIA", classifier: "EST"));
        return transit;
    }

    /// <summary>The container was loaded on the transit's truck (which makes the truck its carrier) and left the terminal on it.</summary>
    private static JsonObject WithTruck(JsonObject e, string truck)
    {
        e["vehicleId"] = truck;
        e["modeOfTransport"] = "TRUCK";
        return e;
    }

    /// <summary>Lock fixes along the corridor's first kilometres, the last nine minutes ago (before any deviation: the rules take fixes in time order).</summary>
    public async Task OnRouteAsync(HostApi api, int fixes = 4)
    {
        var now = DateTimeOffset.UtcNow;
        var batch = Enumerable.Range(0, fixes)
            .Select(i => (JsonNode)Bodies.LockFix(Lock, i + 1, now.AddMinutes(-9 - fixes + i), Lat + 0.004 * i, Lon + 0.004 * i))
            .ToArray();
        await api.LockFixesAsync(batch);
    }

    /// <summary>
    /// The truck's reports since the declaration (a carrier's track is read within its transit's
    /// time): a few seconds' worth, spread along the corridor so the track draws as a line.
    /// </summary>
    public async Task TruckAlongAsync(HostApi api)
    {
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        var now = DateTimeOffset.UtcNow;
        var truck = Enumerable.Range(0, 4)
            .Select(i => (JsonNode)Bodies.VehicleFix(Truck, i + 1, now.AddMilliseconds(-2000 + 500 * i), Lat + 0.016 + 0.006 * i, Lon + 0.016 + 0.006 * i))
            .ToArray();
        await api.IngestAsync("/api/v1/ingest/vehicle-fixes", truck);
    }

    /// <summary>
    /// A route deviation: on the corridor, then some 5 km to its south-east side for six minutes
    /// (the rule's tolerance is three) while going on along it, so that it is no long stop.
    /// </summary>
    public async Task DeviateAsync(HostApi api)
    {
        var now = DateTimeOffset.UtcNow;
        var fixes = new List<JsonNode> { Bodies.LockFix(Lock, 101, now.AddMinutes(-8), Lat + 0.02, Lon + 0.02) };
        for (var i = 0; i < 7; i++)
        {
            var along = 0.03 + 0.006 * i;
            fixes.Add(Bodies.LockFix(Lock, 102 + i, now.AddMinutes(-7 + i), Lat + along - 0.032, Lon + along + 0.032));
        }

        await api.LockFixesAsync([.. fixes]);
    }
}
