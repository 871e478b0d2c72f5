using System.Text.Json.Nodes;

namespace Tracker.Simulator.Journeys;

/// <summary>The JSON the simulator's gateways and terminal systems send (API.md "Ingest").</summary>
public static class Messages
{
    public static JsonObject Event(
        string eventId, string type, string code, DateTimeOffset time, string? container = null, string? consignment = null,
        string? unLocode = null, string? facility = null, string? vesselImo = null, string? trainId = null, string? vehicleId = null, string classifier = "ACT")
    {
        var e = new JsonObject
        {
            ["eventId"] = eventId,
            ["eventType"] = type,
            ["eventCode"] = code,
            ["classifier"] = classifier,
            ["time"] = JourneyContext.Iso(time),
        };
        Add(e, "equipmentReference", container);
        Add(e, "consignmentId", consignment);
        Add(e, "vesselImo", vesselImo);
        Add(e, "trainId", trainId);
        Add(e, "vehicleId", vehicleId);
        if (unLocode is not null)
        {
            e["location"] = facility is null ? new JsonObject { ["unLocode"] = unLocode } : new JsonObject { ["unLocode"] = unLocode, ["facility"] = facility };
        }

        return e;
    }

    public static JsonObject LockFix(string lockId, long seq, DateTimeOffset time, (double Lat, double Lon, double Heading) at, double kmh, string seal, double battery) => new()
    {
        ["lockId"] = lockId,
        ["seq"] = seq,
        ["time"] = JourneyContext.Iso(time),
        ["lat"] = Math.Round(at.Lat, 6),
        ["lon"] = Math.Round(at.Lon, 6),
        ["speedKmh"] = kmh,
        ["heading"] = Math.Round(at.Heading, 1),
        ["seal"] = seal,
        ["batteryPct"] = Math.Round(battery, 1),
    };

    public static JsonObject VehicleFix(string vehicleId, long seq, DateTimeOffset time, (double Lat, double Lon, double Heading) at, double kmh) => new()
    {
        ["vehicleId"] = vehicleId,
        ["seq"] = seq,
        ["time"] = JourneyContext.Iso(time),
        ["lat"] = Math.Round(at.Lat, 6),
        ["lon"] = Math.Round(at.Lon, 6),
        ["speedKmh"] = kmh,
        ["heading"] = Math.Round(at.Heading, 1),
    };

    /// <summary>An AIS position report of a vessel; under way (nav status 0) when it makes way, moored (5) when not.</summary>
    public static JsonObject Ais(
        Scenario.ScenarioVessel vessel, DateTimeOffset time, (double Lat, double Lon, double Heading) at, double knots, string destination, DateTimeOffset? eta)
    {
        var report = new JsonObject
        {
            ["mmsi"] = vessel.Mmsi,
            ["time"] = JourneyContext.Iso(time),
            ["lat"] = Math.Round(at.Lat, 6),
            ["lon"] = Math.Round(at.Lon, 6),
            ["sogKnots"] = knots,
            ["cogDegrees"] = Math.Round(at.Heading, 1),
            ["navStatus"] = knots > 0 ? 0 : 5,
            ["imo"] = vessel.Imo,
            ["name"] = vessel.Name,
            ["destination"] = destination,
        };
        if (eta is { } arrival)
        {
            report["eta"] = JourneyContext.Iso(arrival);
        }

        return report;
    }

    public static JsonArray Path(IEnumerable<Scenario.GeoPoint> points) => new([.. points.Select(p => (JsonNode)new JsonArray(p.Lon, p.Lat))]);

    public static JsonArray Zones(IEnumerable<Scenario.ZoneSpec> zones) => new([.. zones.Select(z => (JsonNode)new JsonObject
    {
        ["id"] = z.Id,
        ["kind"] = z.Kind,
        ["center"] = new JsonArray(z.Center.Lon, z.Center.Lat),
        ["radiusMeters"] = z.RadiusMeters,
    })]);

    public static JsonObject Place(Scenario.Place place) => place.Facility is null
        ? new JsonObject { ["unLocode"] = place.UnLocode }
        : new JsonObject { ["unLocode"] = place.UnLocode, ["facility"] = place.Facility };

    private static void Add(JsonObject o, string name, string? value)
    {
        if (value is not null)
        {
            o[name] = value;
        }
    }
}
