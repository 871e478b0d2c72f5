namespace Tracker.HttpTests.Security;

/// <summary>
/// The authorisation matrix (issue 13 item 8): for every route the host registers, keyed by method and route
/// pattern, what each caller gets (see <see cref="Expect"/> for the letters). Route parameters are filled with
/// party A's objects, so "H" is what tenant B, office Y or another terminal get for A's object.
/// A route that is not in this table fails <see cref="EndpointMatrixTests"/>: a new endpoint is decided here first.
/// </summary>
public static class EndpointTable
{
    //                                                                   control  A  B  X  Y  terminal  device  admin  anonymous
    public static readonly IReadOnlyDictionary<string, string> Rows = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Ingest: devices (and admin). Device scopes (item 4) narrow which devices and codes, not who may post.
        ["POST /api/v1/ingest/lock-fixes"] = "FFFFFFCCU",
        ["POST /api/v1/ingest/vehicle-fixes"] = "FFFFFFCCU",
        ["POST /api/v1/ingest/ais"] = "FFFFFFCCU",
        ["POST /api/v1/ingest/nmea"] = "FFFFFFCCU",
        ["POST /api/v1/events"] = "FFFCCFCCU",

        // Transits: customs declares for its office (Y may not declare X's transit), everyone who reads sees their own.
        ["POST /api/v1/consignments/"] = "FFFCFFFCU",
        ["GET /api/v1/consignments/"] = "OOOOOFFOU",
        ["GET /api/v1/consignments/{id}"] = "OOHOHFFOU",
        ["GET /api/v1/consignments/{id}/track"] = "OOHOHFFOU",

        ["GET /api/v1/containers"] = "OOOOOFFOU",
        ["GET /api/v1/containers/{number}"] = "OOHOHFFOU",

        // A vessel's position is public AIS; what it carries is scoped (ObjectAccessTests).
        ["GET /api/v1/vessels/{imo}"] = "OOOOOFFOU",

        // Alerts and figures: control and customs; an officer handles the office's alerts only.
        ["GET /api/v1/alerts/"] = "OFFOOFFOU",
        ["GET /api/v1/alerts/counts"] = "OFFOOFFOU",
        ["GET /api/v1/alerts/{id}"] = "OFFOHFFOU",
        ["POST /api/v1/alerts/{id}/acknowledge"] = "FFFCHFFCU",
        ["POST /api/v1/alerts/{id}/resolve"] = "FFFCHFFCU",
        ["GET /api/v1/stats/supervision"] = "OFFOOFFOU",
        ["GET /api/v1/stats/arrival-deletions"] = "OFFOOFFOU",

        // Arrival-report deletions: the enterprise applies, its terminal confirms or refuses, its offices approve or
        // reject; control and admin read them all but take no step and open no file.
        ["POST /api/v1/arrival-deletions/"] = "FCHFFFFFU",
        ["GET /api/v1/arrival-deletions/"] = "OOOOOOFOU",
        ["GET /api/v1/arrival-deletions/{id}"] = "OOHOHOFOU",
        ["POST /api/v1/arrival-deletions/{id}/confirm"] = "FFHFHCFFU",
        ["POST /api/v1/arrival-deletions/{id}/refuse"] = "FFHFHCFFU",
        ["POST /api/v1/arrival-deletions/{id}/approve"] = "FFHCHFFFU",
        ["POST /api/v1/arrival-deletions/{id}/reject"] = "FFHCHFFFU",
        ["GET /api/v1/arrival-deletions/{id}/attachments/{attachmentId}"] = "FOHOHOFFU",

        // The live map's layers.
        ["GET /api/v1/map/region"] = "OOOOOFFOU",
        ["GET /api/v1/map/corridors"] = "OFFOOFFOU",
        ["GET /api/v1/connections"] = "OFFOOFFOU",

        ["GET /api/v1/me"] = "OOOOOOOOU",
        ["GET /api/v1/admin/journal/quarantine"] = "FFFFFFFOU",
        ["GET /api/v1/audit"] = "FFFFFFFOU",

        // The device registry: admin only. The matrix's terminal is not registered, so admin gets 404 there (A).
        ["POST /api/v1/devices/"] = "FFFFFFFCU",
        ["GET /api/v1/devices/"] = "FFFFFFFOU",
        ["GET /api/v1/devices/{id}"] = "FFFFFFFAU",
        ["DELETE /api/v1/devices/{id}"] = "FFFFFFFAU",

        // Dev tokens: anonymous by design, mapped only when Auth:DevTokens is on (the tests' hosts turn it on).
        ["POST /api/v1/dev/token"] = "OOOOOOOOO",
        ["GET /api/v1/dev/parties"] = "OOOOOOOOO",

        // The live hub: any signed-in caller connects; each view is authorised on Subscribe (HubMatrixTests).
        ["ANY /hubs/live/negotiate"] = "OOOOOOOOU",
        ["ANY /hubs/live"] = "AAAAAAAAU",

        // Operations.
        ["ANY /health/live"] = "OOOOOOOOO",
        ["ANY /health/ready"] = "OOOOOOOOO",
        ["ANY /health/ingest"] = "OOOOOOOOO",
        ["ANY /metrics"] = "FFFFFFFOU",
        ["GET /openapi/{documentName}.json"] = "OOOOOOOOO",
        ["GET /api-docs/{documentName?}"] = "OOOOOOOOO",
        ["GET /api-docs/favicon.svg"] = "OOOOOOOOO",
        ["GET /api-docs/scalar.aspnetcore.js"] = "OOOOOOOOO",
        ["GET /api-docs/scalar.js"] = "OOOOOOOOO",

        // The Orleans dashboard: admin only, its files included. Routes that take a silo or grain name are authorised
        // for admin whatever they make of the name the matrix gives them (A).
        ["GET /dashboard/"] = "FFFFFFFOU",
        ["GET /dashboard/ClusterStats"] = "FFFFFFFOU",
        ["GET /dashboard/DashboardCounters"] = "FFFFFFFOU",
        ["GET /dashboard/GrainState"] = "FFFFFFFAU",
        ["GET /dashboard/GrainStats/{*grainName}"] = "FFFFFFFAU",
        ["GET /dashboard/GrainTypes"] = "FFFFFFFOU",
        ["GET /dashboard/HistoricalStats/{*path}"] = "FFFFFFFAU",
        ["GET /dashboard/LifecycleStages"] = "FFFFFFFOU",
        ["GET /dashboard/Reminders"] = "FFFFFFFAU",
        ["GET /dashboard/Reminders/{page:int}"] = "FFFFFFFAU",
        ["GET /dashboard/SiloCounters/{*address}"] = "FFFFFFFAU",
        ["GET /dashboard/SiloMetadata/{*address}"] = "FFFFFFFAU",
        ["GET /dashboard/SiloProperties/{*address}"] = "FFFFFFFAU",
        ["GET /dashboard/SiloStats/{*address}"] = "FFFFFFFAU",
        ["GET /dashboard/TopGrainMethods"] = "FFFFFFFOU",
        ["GET /dashboard/Trace"] = "FFFFFFFAU",
        ["GET /dashboard/favicon.ico"] = "FFFFFFFOU",
        ["GET /dashboard/fonts/{**path}"] = "FFFFFFFAU",
        ["GET /dashboard/img/{**path}"] = "FFFFFFFAU",
        ["GET /dashboard/index.css"] = "FFFFFFFOU",
        ["GET /dashboard/index.html"] = "FFFFFFFOU",
        ["GET /dashboard/index.min.js"] = "FFFFFFFOU",
        ["GET /dashboard/version"] = "FFFFFFFOU",

        // The browser app's pages: public shells; the data behind them is what is guarded.
        ["GET /water"] = "OOOOOOOOO",
        ["GET /rail"] = "OOOOOOOOO",
        ["GET /road"] = "OOOOOOOOO",
        ["GET /sign-in"] = "OOOOOOOOO",
        ["GET /containers"] = "OOOOOOOOO",
        ["GET /containers/{number}"] = "OOOOOOOOO",
        ["GET /alerts"] = "OOOOOOOOO",
        ["GET /consignments"] = "OOOOOOOOO",
        ["GET /consignments/{id}"] = "OOOOOOOOO",
        ["GET /arrival-deletions"] = "OOOOOOOOO",
    };
}
