using System.Text.Json.Nodes;

namespace Tracker.HttpTests.Security.Hostile;

/// <summary>
/// A valid body for each command, the starting point of each hostile one, and its required scalar fields: setting one
/// of those to an object breaks the body for sure, which is how the targeted pass knows its requests must be refused.
/// In the targeted pass the body names the seeded objects; in the free pass only fresh ones.
/// </summary>
public sealed record Template(string Route, string Method, Func<bool, string> Path, string Caller, Func<bool, JsonNode> Body, string[] Required, bool Batch)
{
    public static IReadOnlyList<Template> All(Party a, Party b)
    {
        DateTimeOffset Now() => DateTimeOffset.UtcNow.AddMinutes(-1);
        Party Target() => Random.Shared.Next(2) == 0 ? a : b;
        return
        [
            new("POST /api/v1/ingest/lock-fixes", "POST", _ => "/api/v1/ingest/lock-fixes", Callers.Device,
                targeted => Bodies.LockFix(targeted ? Target().RoadLock : Ids.Unique("hostile-lock"), Random.Shared.Next(1, 1000), Now(), 36.0, 120.0),
                ["lockId", "seq", "time", "lat", "lon"], Batch: true),
            new("POST /api/v1/ingest/vehicle-fixes", "POST", _ => "/api/v1/ingest/vehicle-fixes", Callers.Device,
                _ => Bodies.VehicleFix(Ids.Unique("hostile-truck"), Random.Shared.Next(1, 1000), Now(), 36.0, 120.0),
                ["vehicleId", "seq", "time", "lat", "lon"], Batch: true),
            new("POST /api/v1/ingest/ais", "POST", _ => "/api/v1/ingest/ais", Callers.Device,
                targeted => Bodies.Ais(Ids.Mmsi(), Now(), 36.0, 121.0, targeted ? Target().FeederImo : Ids.Imo(), "HOSTILE"),
                ["mmsi", "time", "lat", "lon"], Batch: true),
            new("POST /api/v1/events", "POST", _ => "/api/v1/events", Callers.Device,
                targeted => targeted
                    ? Bodies.Event("TRANSIT", Random.Shared.Next(2) == 0 ? "TCLS" : "HOLD", Now(), Target().RoadBox, Target().Road)
                    : Bodies.Event("EQUIPMENT", "GTIN", Now(), Ids.Container()),
                ["eventId", "eventType", "eventCode", "time"], Batch: true),
            new("POST /api/v1/consignments/", "POST", _ => "/api/v1/consignments/", Callers.Admin,
                targeted => targeted
                    ? Bodies.RoadDeclaration(Target().Road, Target().Tenant, Target().Office, [Target().RoadBox], [Target().RoadLock])
                    : Bodies.RoadDeclaration(Ids.Unique("hostile-tr"), Ids.Unique("hostile-tenant"), Ids.Unique("hostile-office"), [Ids.Container()], [Ids.Unique("hostile-lock")]),
                ["id", "tenant", "mode", "departureOffice", "deadline"], Batch: false),
            new("POST /api/v1/alerts/{id}/acknowledge", "POST", t => $"/api/v1/alerts/{(t ? Target().Alert : Ids.Unique("hostile-alert"))}/acknowledge", Callers.Admin,
                _ => Json.Obj(("note", "checked")), ["note"], Batch: false),
            new("POST /api/v1/alerts/{id}/resolve", "POST", t => $"/api/v1/alerts/{(t ? Target().Alert : Ids.Unique("hostile-alert"))}/resolve", Callers.Admin,
                _ => Json.Obj(("disposition", "JUSTIFIED"), ("note", "checked")), ["disposition"], Batch: false),
            new("POST /api/v1/arrival-deletions/", "POST", _ => "/api/v1/arrival-deletions/", Callers.TenantA,
                t => Json.Obj(("container", t ? a.RailBox : Ids.Container()), ("reason", "hostile"), ("resend", false),
                    ("attachments", Json.Arr(Json.Obj(("name", "a.pdf"), ("contentType", "application/pdf"), ("dataBase64", "JVBERi0xLjcK"))))),
                ["container", "reason"], Batch: false),
            new("POST /api/v1/arrival-deletions/{id}/confirm", "POST", t => $"/api/v1/arrival-deletions/{(t ? a.Deletion : Ids.Unique("ad"))}/confirm", Callers.Terminal,
                _ => Json.Obj(("note", "in port")), ["note"], Batch: false),
            new("POST /api/v1/arrival-deletions/{id}/refuse", "POST", t => $"/api/v1/arrival-deletions/{(t ? a.Deletion : Ids.Unique("ad"))}/refuse", Callers.Terminal,
                _ => Json.Obj(("note", "not here")), ["note"], Batch: false),
            new("POST /api/v1/arrival-deletions/{id}/approve", "POST", t => $"/api/v1/arrival-deletions/{(t ? a.Deletion : Ids.Unique("ad"))}/approve", Callers.CustomsX,
                _ => Json.Obj(("note", "ok")), ["note"], Batch: false),
            new("POST /api/v1/arrival-deletions/{id}/reject", "POST", t => $"/api/v1/arrival-deletions/{(t ? a.Deletion : Ids.Unique("ad"))}/reject", Callers.CustomsX,
                _ => Json.Obj(("note", "no")), ["note"], Batch: false),
            new("POST /api/v1/dev/token", "POST", _ => "/api/v1/dev/token", Callers.Anonymous,
                _ => Json.Obj(("role", "enterprise"), ("tenant", Ids.Unique("t"))), ["role"], Batch: false),
        ];
    }
}
