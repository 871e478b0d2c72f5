using Tracker.Testing.Http;

namespace Tracker.BrowserTests.Infrastructure;

/// <summary>
/// A container with an export arrival report to delete: its tenant's rail transit declared with an
/// office, the box gated in at a terminal facility and its arrival report (ARRP) sent, through the API.
/// </summary>
public sealed record DeletionSeeds(string Container, string Consignment, string Tenant, string Office, string Facility)
{
    public const string Port = "CNTAO";

    /// <summary>A tiny but well-formed PDF, as an enterprise would attach.</summary>
    public static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();

    public static async Task<DeletionSeeds> PrepareAsync(HostApi api)
    {
        var seeds = new DeletionSeeds(Ids.Container(), Ids.Unique("ad-tr"), Ids.Unique("tenant"), Ids.Unique("office"), Ids.Unique("F"));
        await api.DeclareAsync(Bodies.RailDeclaration(seeds.Consignment, seeds.Tenant, seeds.Office, [seeds.Container]));
        var time = DateTimeOffset.UtcNow.AddMinutes(-30);
        foreach (var (code, at) in new[] { ("GTIN", time), ("ARRP", time.AddMinutes(1)) })
        {
            await api.EventsAsync(Json.Obj(
                ("eventId", Ids.Unique("ev")), ("eventType", "EQUIPMENT"), ("eventCode", code), ("classifier", "ACT"),
                ("time", Times.Iso(at)), ("equipmentReference", seeds.Container), ("location", Json.Obj(("unLocode", Port), ("facility", seeds.Facility)))));
        }

        return seeds;
    }
}
