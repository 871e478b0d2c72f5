using System.Net;
using System.Text.Json.Nodes;

namespace Tracker.HttpTests.ArrivalDeletions;

/// <summary>
/// A container of one tenant's transit, gated in at a terminal facility with its arrival report sent,
/// and a token for each party to a deletion of that report: the enterprise, the terminal, the offices.
/// </summary>
public sealed record DeletionParties(
    HostApi Api, string Container, string Consignment, string Tenant, string Office, string DestinationOffice, string Facility)
{
    public const string Port = "CNTAO";

    public static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();

    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    /// <summary>A fresh tenant, offices and facility; the container is at the facility under an arrival report unless told otherwise.</summary>
    public static async Task<DeletionParties> PrepareAsync(HostApi api, bool gateIn = true, bool arrivalReport = true)
    {
        var parties = new DeletionParties(
            api, Ids.Container(), Ids.Unique("ad-tr"), Ids.Unique("tenant"), Ids.Unique("office"), Ids.Unique("dest"), Ids.Unique("F"));
        var declaration = Bodies.RailDeclaration(parties.Consignment, parties.Tenant, parties.Office, [parties.Container]);
        declaration["destinationOffice"] = parties.DestinationOffice;
        await api.DeclareAsync(declaration);
        var t = DateTimeOffset.UtcNow.AddMinutes(-30);
        if (gateIn)
        {
            await parties.EventAsync("GTIN", t);
        }

        if (arrivalReport)
        {
            await parties.EventAsync("ARRP", t.AddMinutes(1));
        }

        return parties;
    }

    /// <summary>Another box of the same tenant and offices, at the same facility under an arrival report.</summary>
    public async Task<DeletionParties> WithAnotherContainerAsync()
    {
        var other = this with { Container = Ids.Container(), Consignment = Ids.Unique("ad-tr") };
        var declaration = Bodies.RailDeclaration(other.Consignment, Tenant, Office, [other.Container]);
        declaration["destinationOffice"] = DestinationOffice;
        await Api.DeclareAsync(declaration);
        var t = DateTimeOffset.UtcNow.AddMinutes(-30);
        await other.EventAsync("GTIN", t);
        await other.EventAsync("ARRP", t.AddMinutes(1));
        return other;
    }

    public async Task EventAsync(string code, DateTimeOffset time)
    {
        var result = await Api.EventsAsync(Json.Obj(
            ("eventId", Ids.Unique("ev")), ("eventType", "EQUIPMENT"), ("eventCode", code), ("classifier", "ACT"),
            ("time", Times.Iso(time)), ("equipmentReference", Container), ("location", Json.Obj(("unLocode", Port), ("facility", Facility)))));
        Problems.AssertCounts(result, accepted: 1, duplicates: 0);
    }

    public Task<string> EnterpriseAsync() => Api.TokenAsync("enterprise", tenant: Tenant);

    public Task<string> TerminalAsync() => Api.TokenAsync("terminal", facility: Facility);

    public Task<string> CustomsAsync() => Api.TokenAsync("customs", office: Office);

    public static JsonObject Attachment(string name, string contentType, byte[] data) =>
        Json.Obj(("name", name), ("contentType", contentType), ("dataBase64", Convert.ToBase64String(data)));

    public JsonObject Body(bool resend = false, params JsonObject[] attachments) => Json.Obj(
        ("container", Container), ("reason", "plans changed: the box goes on a later vessel"), ("resend", resend),
        ("attachments", Json.Arr([.. attachments])));

    public async Task<HttpResponseMessage> ApplyAsync(JsonObject body, string? token = null) =>
        await Api.PostAsync("/api/v1/arrival-deletions", body, token ?? await EnterpriseAsync());

    /// <summary>Applies with one PDF; returns the created request.</summary>
    public async Task<JsonNode> CreateAsync(bool resend = false)
    {
        using var response = await ApplyAsync(Body(resend, Attachment("letter.pdf", "application/pdf", Pdf)));
        var body = await Json.ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"apply: {(int)response.StatusCode} {body.ToJsonString()}");
        return body;
    }

    public async Task<HttpResponseMessage> StepAsync(string id, string step, string token, string? note = null) =>
        await Api.PostAsync($"/api/v1/arrival-deletions/{id}/{step}", note is null ? new JsonObject() : Json.Obj(("note", note)), token);

    /// <summary>Takes the step and asserts it succeeded; returns the request after it.</summary>
    public async Task<JsonNode> StepOkAsync(string id, string step, string token, string? note = null)
    {
        using var response = await StepAsync(id, step, token, note);
        var body = await Json.ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{step}: {(int)response.StatusCode} {body.ToJsonString()}");
        return body;
    }
}
