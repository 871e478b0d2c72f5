using System.Text.Json.Nodes;

namespace Tracker.Testing.Http;

/// <summary>Request bodies as the API takes them; JsonObject so that a test can break one field.</summary>
public static class Bodies
{
    public const string Origin = "CNTAO";
    public const string Destination = "CNXIA";

    public static JsonObject LockFix(string lockId, long seq, DateTimeOffset time, double lat, double lon, string seal = "sealed") =>
        Json.Obj(("lockId", lockId), ("seq", seq), ("time", Times.Iso(time)), ("lat", lat), ("lon", lon), ("seal", seal), ("batteryPct", 90.0));

    public static JsonObject VehicleFix(string vehicleId, long seq, DateTimeOffset time, double lat, double lon) =>
        Json.Obj(("vehicleId", vehicleId), ("seq", seq), ("time", Times.Iso(time)), ("lat", lat), ("lon", lon), ("speedKmh", 42.0));

    public static JsonObject Ais(string mmsi, DateTimeOffset time, double lat, double lon, string? imo = null, string? name = null) =>
        Json.Obj(("mmsi", mmsi), ("time", Times.Iso(time)), ("lat", lat), ("lon", lon), ("sogKnots", 12.5), ("imo", imo), ("name", name));

    public static JsonObject Event(
        string type, string code, DateTimeOffset time, string? container = null, string? consignment = null,
        string? vesselImo = null, string? unLocode = null, string? eventId = null, string classifier = "ACT") =>
        Json.Obj(
            ("eventId", eventId ?? Ids.Unique("ev")), ("eventType", type), ("eventCode", code), ("classifier", classifier),
            ("time", Times.Iso(time)), ("equipmentReference", container), ("consignmentId", consignment), ("vesselImo", vesselImo),
            ("location", unLocode is null ? null : Json.Obj(("unLocode", unLocode))));

    /// <summary>A ROAD transit under smart lock: containers[i] carries locks[i].</summary>
    public static JsonObject RoadDeclaration(string id, string tenant, string office, string[] containers, string[] locks, string? destinationOffice = null) =>
        Json.Obj(
            ("id", id),
            ("tenant", tenant),
            ("mode", "ROAD"),
            ("departureOffice", office),
            ("destinationOffice", destinationOffice ?? Ids.Unique("dest")),
            ("origin", Json.Obj(("unLocode", Origin), ("facility", "QQCTU"))),
            ("destination", Json.Obj(("unLocode", Destination))),
            ("corridor", Json.Obj(("path", Json.Arr(Json.Arr(120.3, 36.07), Json.Arr(118.08, 24.48))), ("bufferMeters", 2000.0))),
            ("zones", Json.Arr(Json.Obj(("id", "seal-yard"), ("kind", "SEAL"), ("center", Json.Arr(120.3, 36.07)), ("radiusMeters", 500.0)))),
            ("deadline", Times.Iso(DateTimeOffset.UtcNow.AddDays(3))),
            ("containers", Json.Arr([.. containers.Select(c => (JsonNode?)c)])),
            ("locks", Json.Arr([.. locks.Select((l, i) => (JsonNode?)Json.Obj(("lockId", l), ("container", containers[i])))])));

    /// <summary>A RAIL transit: the train carries the containers, no locks are needed.</summary>
    public static JsonObject RailDeclaration(string id, string tenant, string office, string[] containers, string? trainId = null)
    {
        var declaration = RoadDeclaration(id, tenant, office, containers, []);
        declaration["mode"] = "RAIL";
        declaration["trainId"] = trainId ?? Ids.Unique("train");
        return declaration;
    }

    /// <summary>A WATER transit: the feeder carries the containers to the hub, where they connect with a mainline sailing.</summary>
    public static JsonObject WaterDeclaration(string id, string tenant, string office, string[] containers, string feederImo, string? mainlineImo = null, DateTimeOffset? cutoff = null)
    {
        var declaration = RoadDeclaration(id, tenant, office, containers, []);
        declaration["mode"] = "WATER";
        declaration["feederImo"] = feederImo;
        if (mainlineImo is not null)
        {
            declaration["connection"] = Json.Obj(("mainlineImo", mainlineImo), ("cutoff", Times.Iso(cutoff ?? DateTimeOffset.UtcNow.AddDays(1))));
        }

        return declaration;
    }
}
