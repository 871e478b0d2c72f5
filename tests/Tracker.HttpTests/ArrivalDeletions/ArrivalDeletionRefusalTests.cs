using System.Net;
using System.Text.Json.Nodes;

namespace Tracker.HttpTests.ArrivalDeletions;

/// <summary>Every application and step the workflow, the box's state or the caller's scope refuses, and how it answers.</summary>
public sealed class ArrivalDeletionRefusalTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly HostApi _api = host.Api;

    private static async Task AssertUnprocessableAsync(HttpResponseMessage response, string field)
    {
        var problem = await Problems.AssertAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.True(problem["errors"]?.AsObject().ContainsKey(field), problem.ToJsonString());
    }

    [Fact]
    public async Task A_container_without_an_arrival_report_is_refused_naming_the_container()
    {
        var p = await DeletionParties.PrepareAsync(_api, arrivalReport: false);

        using var response = await p.ApplyAsync(p.Body());

        await AssertUnprocessableAsync(response, "container");
    }

    [Fact]
    public async Task Another_tenants_container_answers_exactly_like_an_unknown_one()
    {
        var p = await DeletionParties.PrepareAsync(_api);
        var stranger = await _api.TokenAsync("enterprise", tenant: Ids.Unique("tenant"));
        var unknown = p with { Container = Ids.Container() };

        using var theirs = await p.ApplyAsync(p.Body(), stranger);
        using var nobodys = await unknown.ApplyAsync(unknown.Body(), stranger);

        var a = await Problems.AssertAsync(theirs, HttpStatusCode.UnprocessableEntity);
        var b = await Problems.AssertAsync(nobodys, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(
            Json.Str(a["errors"]!["container"]![0])!.Replace(p.Container, "N", StringComparison.Ordinal),
            Json.Str(b["errors"]!["container"]![0])!.Replace(unknown.Container, "N", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_consignment_that_does_not_carry_the_box_is_refused_naming_it()
    {
        var p = await DeletionParties.PrepareAsync(_api);
        var body = p.Body();
        body["consignmentId"] = Ids.Unique("other");

        using var response = await p.ApplyAsync(body);

        await AssertUnprocessableAsync(response, "consignmentId");
    }

    [Fact]
    public async Task A_second_application_while_one_is_open_is_a_conflict_and_a_new_one_is_taken_after_refusal()
    {
        var p = await DeletionParties.PrepareAsync(_api);
        var first = Json.Str((await p.CreateAsync())["id"])!;

        using var second = await p.ApplyAsync(p.Body());
        var problem = await Problems.AssertAsync(second, HttpStatusCode.Conflict);
        Assert.Contains(first, Json.Str(problem["detail"]), StringComparison.Ordinal);

        await p.StepOkAsync(first, "refuse", await p.TerminalAsync(), "box not found in the yard");
        Assert.NotEqual(first, Json.Str((await p.CreateAsync())["id"]));
    }

    [Fact]
    public async Task Bad_fields_are_refused_naming_each()
    {
        var p = await DeletionParties.PrepareAsync(_api);
        var body = Json.Obj(("container", Ids.WithWrongCheckDigit(p.Container)), ("consignmentId", "no spaces allowed"), ("reason", " "));

        using var response = await p.ApplyAsync(body);

        await Problems.AssertNamesFieldsAsync(response, "container", "consignmentId", "reason");
    }

    [Fact]
    public async Task A_reason_over_2000_characters_is_refused()
    {
        var p = await DeletionParties.PrepareAsync(_api);
        var body = p.Body();
        body["reason"] = new string('r', 2001);

        using var response = await p.ApplyAsync(body);

        await Problems.AssertNamesFieldsAsync(response, "reason");
    }

    [Fact]
    public async Task Attachments_of_a_wrong_type_too_large_not_base64_or_not_what_they_claim_are_refused_naming_each()
    {
        var p = await DeletionParties.PrepareAsync(_api);
        var tooLarge = new byte[(5 * 1024 * 1024) + 1];
        DeletionParties.Pdf.CopyTo(tooLarge, 0);
        var body = p.Body(
            false,
            DeletionParties.Attachment("letter.pdf", "application/pdf", DeletionParties.Pdf),
            DeletionParties.Attachment("sheet.docx", "application/msword", DeletionParties.Pdf),
            DeletionParties.Attachment("huge.pdf", "application/pdf", tooLarge),
            Json.Obj(("name", "bad.png"), ("contentType", "image/png"), ("dataBase64", "not base64!")),
            DeletionParties.Attachment("fake.png", "image/png", DeletionParties.Pdf));

        using var response = await p.ApplyAsync(body);

        var problem = await Problems.AssertNamesFieldsAsync(
            response, "attachments[1].contentType", "attachments[2].dataBase64", "attachments[3].dataBase64", "attachments[4].dataBase64");
        Assert.False(problem["errors"]!.AsObject().ContainsKey("attachments[0].dataBase64"));
    }

    [Fact]
    public async Task More_than_five_attachments_are_refused()
    {
        var p = await DeletionParties.PrepareAsync(_api);
        var files = Enumerable.Range(0, 6).Select(i => DeletionParties.Attachment($"p{i}.png", "image/png", DeletionParties.Png)).ToArray();

        using var response = await p.ApplyAsync(p.Body(false, files));

        await Problems.AssertNamesFieldsAsync(response, "attachments");
    }

    [Theory]
    [InlineData("terminal")]
    [InlineData("customs")]
    [InlineData("control")]
    public async Task Only_an_enterprise_applies(string role)
    {
        var p = await DeletionParties.PrepareAsync(_api);
        var token = role switch { "terminal" => await p.TerminalAsync(), "customs" => await p.CustomsAsync(), _ => await _api.ControlAsync() };

        using var response = await p.ApplyAsync(p.Body(), token);

        await Problems.AssertAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_terminal_of_another_facility_and_an_officer_of_another_office_see_nothing_of_the_request()
    {
        var p = await DeletionParties.PrepareAsync(_api);
        var id = Json.Str((await p.CreateAsync())["id"])!;
        var otherTerminal = await _api.TokenAsync("terminal", facility: Ids.Unique("F"));
        var otherOfficer = await _api.TokenAsync("customs", office: Ids.Unique("office"));
        var otherTenant = await _api.TokenAsync("enterprise", tenant: Ids.Unique("tenant"));

        foreach (var token in new[] { otherTerminal, otherOfficer, otherTenant })
        {
            using var get = await _api.GetAsync($"/api/v1/arrival-deletions/{id}", token);
            await Problems.AssertAsync(get, HttpStatusCode.NotFound);
        }

        using var confirm = await p.StepAsync(id, "confirm", otherTerminal);
        await Problems.AssertAsync(confirm, HttpStatusCode.NotFound);

        await p.StepOkAsync(id, "confirm", await p.TerminalAsync());
        using var approve = await p.StepAsync(id, "approve", otherOfficer);
        await Problems.AssertAsync(approve, HttpStatusCode.NotFound);

        // An unknown id answers the same.
        using var unknown = await _api.GetAsync($"/api/v1/arrival-deletions/{Ids.Unique("ad")}", await p.EnterpriseAsync());
        await Problems.AssertAsync(unknown, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_party_taking_another_partys_step_and_control_taking_any_are_forbidden()
    {
        var p = await DeletionParties.PrepareAsync(_api);
        var id = Json.Str((await p.CreateAsync())["id"])!;
        var control = await _api.ControlAsync();

        await Problems.AssertAsync(await p.StepAsync(id, "confirm", await p.EnterpriseAsync()), HttpStatusCode.Forbidden);
        await Problems.AssertAsync(await p.StepAsync(id, "confirm", await p.CustomsAsync()), HttpStatusCode.Forbidden);
        await Problems.AssertAsync(await p.StepAsync(id, "confirm", control), HttpStatusCode.Forbidden);
        await p.StepOkAsync(id, "confirm", await p.TerminalAsync());
        await Problems.AssertAsync(await p.StepAsync(id, "approve", await p.EnterpriseAsync()), HttpStatusCode.Forbidden);
        await Problems.AssertAsync(await p.StepAsync(id, "approve", await p.TerminalAsync()), HttpStatusCode.Forbidden);
        await Problems.AssertAsync(await p.StepAsync(id, "reject", control, "no"), HttpStatusCode.Forbidden);

        // Control reads it all the same.
        Assert.Equal("TERMINAL_CONFIRMED", Json.Str((await _api.GetOkAsync($"/api/v1/arrival-deletions/{id}", control))["status"]));
    }

    [Fact]
    public async Task Steps_from_the_wrong_state_are_conflicts()
    {
        var p = await DeletionParties.PrepareAsync(_api);
        var id = Json.Str((await p.CreateAsync())["id"])!;

        await Problems.AssertAsync(await p.StepAsync(id, "approve", await p.CustomsAsync()), HttpStatusCode.Conflict);
        await p.StepOkAsync(id, "confirm", await p.TerminalAsync());
        await Problems.AssertAsync(await p.StepAsync(id, "confirm", await p.TerminalAsync()), HttpStatusCode.Conflict);
        await Problems.AssertAsync(await p.StepAsync(id, "refuse", await p.TerminalAsync(), "late"), HttpStatusCode.Conflict);
        await p.StepOkAsync(id, "reject", await p.CustomsAsync(), "the letter is not signed");
        await Problems.AssertAsync(await p.StepAsync(id, "approve", await p.CustomsAsync()), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Refusing_or_rejecting_needs_a_note()
    {
        var p = await DeletionParties.PrepareAsync(_api);
        var id = Json.Str((await p.CreateAsync())["id"])!;

        await Problems.AssertNamesFieldsAsync(await p.StepAsync(id, "refuse", await p.TerminalAsync()), "note");
        await p.StepOkAsync(id, "confirm", await p.TerminalAsync());
        await Problems.AssertNamesFieldsAsync(await p.StepAsync(id, "reject", await p.CustomsAsync(), "  "), "note");

        var rejected = await p.StepOkAsync(id, "reject", await p.CustomsAsync(), "the letter is not signed");
        Assert.Equal("REJECTED", Json.Str(rejected["status"]));
        Assert.Equal("the letter is not signed", Json.Str(rejected["history"]![2]!["note"]));
    }

    [Fact]
    public async Task Confirming_is_a_conflict_once_the_box_left_the_terminal_or_its_report_was_deleted()
    {
        var gone = await DeletionParties.PrepareAsync(_api);
        var goneId = Json.Str((await gone.CreateAsync())["id"])!;
        await gone.EventAsync("GTOT", DateTimeOffset.UtcNow.AddMinutes(-1));
        var problem = await Problems.AssertAsync(await gone.StepAsync(goneId, "confirm", await gone.TerminalAsync()), HttpStatusCode.Conflict);
        Assert.Contains("terminal", Json.Str(problem["detail"]), StringComparison.Ordinal);

        var deleted = await DeletionParties.PrepareAsync(_api);
        var deletedId = Json.Str((await deleted.CreateAsync())["id"])!;
        await deleted.EventAsync("ARRD", DateTimeOffset.UtcNow.AddMinutes(-1));
        problem = await Problems.AssertAsync(await deleted.StepAsync(deletedId, "confirm", await deleted.TerminalAsync()), HttpStatusCode.Conflict);
        Assert.Contains("arrival report", Json.Str(problem["detail"]), StringComparison.Ordinal);

        // Refused steps leave the request as it was.
        Assert.Equal("REQUESTED", Json.Str((await _api.GetOkAsync($"/api/v1/arrival-deletions/{deletedId}", await deleted.EnterpriseAsync()))["status"]));
    }
}
