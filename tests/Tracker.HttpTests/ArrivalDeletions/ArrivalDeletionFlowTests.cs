using System.Net;
using System.Text.Json.Nodes;

namespace Tracker.HttpTests.ArrivalDeletions;

/// <summary>
/// The whole online deletion of an arrival report through the real host: the enterprise applies, the
/// terminal confirms, customs approves, and the container's timeline shows the report deleted (and re-sent).
/// </summary>
public sealed class ArrivalDeletionFlowTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly HostApi _api = host.Api;

    [Fact]
    public async Task An_application_answers_201_with_the_request_its_parties_and_its_file()
    {
        var p = await DeletionParties.PrepareAsync(_api);
        using var response = await p.ApplyAsync(p.Body(resend: true, DeletionParties.Attachment("letter.pdf", "application/pdf", DeletionParties.Pdf)));
        var request = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = Json.Str(request["id"])!;
        Assert.Equal($"/api/v1/arrival-deletions/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(p.Container, Json.Str(request["container"]));
        Assert.Equal(p.Consignment, Json.Str(request["consignmentId"]));
        Assert.Equal(p.Tenant, Json.Str(request["tenant"]));
        Assert.Equal(p.Facility, Json.Str(request["facility"]));
        Assert.Equal(new[] { p.Office, p.DestinationOffice }.Order(StringComparer.Ordinal), Json.Strings(request["offices"]).Order(StringComparer.Ordinal));
        Assert.Equal("plans changed: the box goes on a later vessel", Json.Str(request["reason"]));
        Assert.True(request["resend"]!.GetValue<bool>());
        Assert.Equal("REQUESTED", Json.Str(request["status"]));
        Assert.Equal(Times.Parse(request["requestedAt"]), Times.Parse(request["updatedAt"]));
        var attachment = Assert.Single(request["attachments"]!.AsArray())!;
        Assert.Equal("letter.pdf", Json.Str(attachment["name"]));
        Assert.Equal("application/pdf", Json.Str(attachment["contentType"]));
        Assert.Equal(DeletionParties.Pdf.Length, Json.Num(attachment["size"]));
        Assert.False(string.IsNullOrEmpty(Json.Str(attachment["id"])));
        var entry = Assert.Single(request["history"]!.AsArray())!;
        Assert.Equal("REQUESTED", Json.Str(entry["status"]));
        Assert.Equal("enterprise", Json.Str(entry["role"]));
        Assert.EndsWith($"@{p.Tenant}", Json.Str(entry["by"]), StringComparison.Ordinal);
        Assert.Equal(Times.Parse(request["requestedAt"]), Times.Parse(entry["at"]));
    }

    [Fact]
    public async Task Confirmed_and_approved_the_report_is_deleted_and_resent_on_the_container_with_each_step_audited()
    {
        var p = await DeletionParties.PrepareAsync(_api);
        var id = Json.Str((await p.CreateAsync(resend: true))["id"])!;

        var confirmed = await p.StepOkAsync(id, "confirm", await p.TerminalAsync(), "box is in block C, row 4");
        Assert.Equal("TERMINAL_CONFIRMED", Json.Str(confirmed["status"]));

        var approved = await p.StepOkAsync(id, "approve", await p.CustomsAsync());
        Assert.Equal("APPROVED", Json.Str(approved["status"]));

        var history = approved["history"]!.AsArray();
        Assert.Equal(["REQUESTED", "TERMINAL_CONFIRMED", "APPROVED"], history.Select(h => Json.Str(h!["status"])));
        Assert.Equal(["enterprise", "terminal", "customs"], history.Select(h => Json.Str(h!["role"])));
        Assert.EndsWith($"@{p.Facility}", Json.Str(history[1]!["by"]), StringComparison.Ordinal);
        Assert.EndsWith($"@{p.Office}", Json.Str(history[2]!["by"]), StringComparison.Ordinal);
        Assert.Equal("box is in block C, row 4", Json.Str(history[1]!["note"]));
        Assert.Null(history[2]!["note"]);
        var times = history.Select(h => Times.Parse(h!["at"])).ToList();
        Assert.Equal(times.Order(), times);
        Assert.Equal(times[^1], Times.Parse(approved["updatedAt"]));

        var container = await _api.ContainerAsync(p.Container);
        var codes = container["timeline"]!.AsArray().Select(m => Json.Str(m!["code"])).ToList();
        Assert.Equal(["GTIN", "ARRP", "ARRD", "ARRP"], codes);
        var deleted = container["timeline"]![2]!;
        Assert.Equal("EQUIPMENT", Json.Str(deleted["type"]));
        Assert.Equal("ACT", Json.Str(deleted["classifier"]));
        Assert.Equal($"{id}.ARRD", Json.Str(deleted["eventId"]));
        var customs = container["customs"]!;
        Assert.True(Times.Parse(customs["arrivalReportDeletedAt"]) < Times.Parse(customs["arrivalReportedAt"]), customs.ToJsonString());
    }

    [Fact]
    public async Task Approved_without_resend_the_report_is_deleted_and_no_longer_in_force()
    {
        var p = await DeletionParties.PrepareAsync(_api);
        var id = Json.Str((await p.CreateAsync(resend: false))["id"])!;
        await p.StepOkAsync(id, "confirm", await p.TerminalAsync());
        await p.StepOkAsync(id, "approve", await p.CustomsAsync(), "approved on the letter");

        var container = await _api.ContainerAsync(p.Container);
        Assert.Equal(["GTIN", "ARRP", "ARRD"], container["timeline"]!.AsArray().Select(m => Json.Str(m!["code"])));
        var customs = container["customs"]!;
        Assert.True(Times.Parse(customs["arrivalReportDeletedAt"]) > Times.Parse(customs["arrivalReportedAt"]));

        // No report in force: a new application is refused, naming the container.
        using var again = await p.ApplyAsync(p.Body());
        var problem = await Problems.AssertAsync(again, HttpStatusCode.UnprocessableEntity);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("container"), problem.ToJsonString());
    }
}
