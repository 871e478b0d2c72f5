using System.Net;
using System.Text.Json.Nodes;
using Tracker.HttpTests.ArrivalDeletions;

namespace Tracker.HttpTests.Security;

/// <summary>
/// One side of the security tests: a tenant with a customs office and a terminal facility, and every kind of object
/// they own, seeded through the API: a road transit under lock whose seal was opened (an alert), a water transit on
/// a feeder that reports AIS (a vessel), and a box at the terminal with an arrival-report deletion request.
/// </summary>
public sealed record Party(
    string Name, string Tenant, string Office, string Facility,
    string Road, string RoadBox, string RoadLock,
    string Water, string WaterBox, string FeederImo,
    string Rail, string RailBox, string Deletion, string Alert)
{
    public IReadOnlyList<string> Consignments => [Road, Water, Rail];

    public IReadOnlyList<string> Boxes => [RoadBox, WaterBox, RailBox];

    public static async Task<Party> SeedAsync(HostApi api, string name)
    {
        var (tenant, office, facility) = (Ids.Unique($"tenant{name}"), Ids.Unique($"office{name}"), Ids.Unique($"F{name}"));
        var (road, roadBox, roadLock) = (Ids.Unique("sec-road"), Ids.Container(), Ids.Unique("sec-lock"));
        var (water, waterBox, feeder) = (Ids.Unique("sec-water"), Ids.Container(), Ids.Imo());
        var now = DateTimeOffset.UtcNow;

        await api.DeclareAsync(Bodies.RoadDeclaration(road, tenant, office, [roadBox], [roadLock]));
        await api.EventsAsync(
            Bodies.Event("SEAL", "SEAL", now.AddMinutes(-30), roadBox, road),
            Bodies.Event("TRANSIT", "TSTR", now.AddMinutes(-29), roadBox, road));
        await api.LockFixesAsync(
            Bodies.LockFix(roadLock, 1, now.AddMinutes(-20), 36.0, 120.1),
            Bodies.LockFix(roadLock, 2, now.AddMinutes(-10), 36.01, 120.1, seal: "opened"));

        await api.DeclareAsync(Bodies.WaterDeclaration(water, tenant, office, [waterBox], feeder));
        await api.IngestAsync("/api/v1/ingest/ais", Bodies.Ais(Ids.Mmsi(), now.AddMinutes(-5), 36.5, 121.5, feeder, $"FEEDER {name}"));
        await api.EventsAsync(Bodies.Event("EQUIPMENT", "LOAD", now.AddMinutes(-15), waterBox, water, vesselImo: feeder, unLocode: Bodies.Origin));

        // The deletion request's box: a rail transit gated in at the party's terminal, under an arrival report.
        var parties = new DeletionParties(api, Ids.Container(), Ids.Unique("sec-rail"), tenant, office, Ids.Unique("dest"), facility);
        var rail = Bodies.RailDeclaration(parties.Consignment, tenant, office, [parties.Container]);
        rail["destinationOffice"] = parties.DestinationOffice;
        await api.DeclareAsync(rail);
        await parties.EventAsync("GTIN", now.AddMinutes(-30));
        await parties.EventAsync("ARRP", now.AddMinutes(-29));
        var deletion = Json.Str((await parties.CreateAsync())["id"])!;

        var alerts = (await api.GetOkAsync($"/api/v1/alerts?office={office}", await api.ControlAsync())).AsArray();
        var alert = Json.Str(alerts.First(a => Json.Str(a!["consignmentId"]) == road)!["id"])!;
        return new Party(name, tenant, office, facility, road, roadBox, roadLock, water, waterBox, feeder, parties.Consignment, parties.Container, deletion, alert);
    }

    /// <summary>
    /// A box that <paramref name="before"/>'s tenant shipped first (gated in at its terminal, sealed, carried and closed),
    /// then <paramref name="after"/>'s tenant: containers are reused between shippers. Returns the box and both transits.
    /// </summary>
    public static async Task<(string Box, string Earlier, string Later)> ShareBoxAsync(HostApi api, Party before, Party after)
    {
        var (box, earlier, later) = (Ids.Container(), Ids.Unique("sec-shared"), Ids.Unique("sec-shared"));
        var t = DateTimeOffset.UtcNow.AddHours(-2);
        await api.DeclareAsync(Bodies.RoadDeclaration(earlier, before.Tenant, before.Office, [box], [Ids.Unique("sec-lock")]));
        var gateIn = Bodies.Event("EQUIPMENT", "GTIN", t, box);
        gateIn["location"] = Json.Obj(("unLocode", Bodies.Origin), ("facility", before.Facility));
        await api.EventsAsync(
            gateIn,
            Bodies.Event("SEAL", "SEAL", t.AddMinutes(1), box, earlier),
            Bodies.Event("TRANSIT", "TSTR", t.AddMinutes(2), box, earlier),
            Bodies.Event("TRANSIT", "TEND", t.AddMinutes(3), box, earlier),
            Bodies.Event("SEAL", "UNSL", t.AddMinutes(4), box, earlier),
            Bodies.Event("TRANSIT", "TCLS", t.AddMinutes(5), box, earlier));
        Assert.Equal("CLOSED", Json.Str((await api.ConsignmentAsync(earlier))["status"]));

        using var response = await api.PostAsync(
            "/api/v1/consignments", Bodies.RoadDeclaration(later, after.Tenant, after.Office, [box], [Ids.Unique("sec-lock")]), await api.AdminAsync());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (box, earlier, later);
    }
}
