using System.Globalization;
using System.Text.Json.Nodes;

namespace Tracker.ClusterProcessTests.Infrastructure;

/// <summary>The requests of a road transit under smart lock, for one tenant, with report times from <paramref name="start"/> on.</summary>
public sealed class TransitBodies(string tenant, DateTimeOffset start)
{
    public JsonObject Declaration(string id, string container, string lockId) => new()
    {
        ["id"] = id,
        ["tenant"] = tenant,
        ["mode"] = "ROAD",
        ["departureOffice"] = "QDCUS",
        ["destinationOffice"] = "JZCUS",
        ["origin"] = new JsonObject { ["unLocode"] = "CNTAO" },
        ["destination"] = new JsonObject { ["unLocode"] = "CNJZO" },
        ["corridor"] = new JsonObject { ["path"] = new JsonArray(new JsonArray(120.3, 36.0), new JsonArray(120.0, 36.3)), ["bufferMeters"] = 500 },
        ["deadline"] = Iso(DateTimeOffset.UtcNow.AddHours(6)),
        ["containers"] = new JsonArray(container),
        ["locks"] = new JsonArray(new JsonObject { ["lockId"] = lockId, ["container"] = container }),
    };

    /// <summary>A fix <paramref name="seq"/> minutes after the start.</summary>
    public JsonObject Fix(string lockId, long seq, double lat) => new()
    {
        ["lockId"] = lockId,
        ["seq"] = seq,
        ["time"] = Iso(start.AddMinutes(seq)),
        ["lat"] = lat,
        ["lon"] = 120.2,
        ["seal"] = "sealed",
    };

    public JsonObject GateOut(string container) => new()
    {
        ["eventId"] = $"{container}-gtot",
        ["eventType"] = "EQUIPMENT",
        ["eventCode"] = "GTOT",
        ["classifier"] = "ACT",
        ["time"] = Iso(start.AddMinutes(5)),
        ["equipmentReference"] = container,
        ["location"] = new JsonObject { ["unLocode"] = "CNTAO" },
    };

    private static string Iso(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);
}
