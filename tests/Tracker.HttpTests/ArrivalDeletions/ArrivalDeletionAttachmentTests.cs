using System.Net;

namespace Tracker.HttpTests.ArrivalDeletions;

/// <summary>The files of a request come back as sent, with their type, to the request's parties only.</summary>
public sealed class ArrivalDeletionAttachmentTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly HostApi _api = host.Api;

    [Fact]
    public async Task Each_party_downloads_the_files_as_sent_with_their_type_and_name()
    {
        var p = await DeletionParties.PrepareAsync(_api);
        using var created = await p.ApplyAsync(p.Body(
            false,
            DeletionParties.Attachment("letter.pdf", "application/pdf", DeletionParties.Pdf),
            DeletionParties.Attachment("photo.png", "IMAGE/PNG", DeletionParties.Png)));
        var request = await Json.ReadAsync(created);
        var id = Json.Str(request["id"])!;
        var attachments = request["attachments"]!.AsArray();
        Assert.Equal(["application/pdf", "image/png"], attachments.Select(a => Json.Str(a!["contentType"])));

        foreach (var token in new[] { await p.EnterpriseAsync(), await p.TerminalAsync(), await p.CustomsAsync() })
        {
            using var pdf = await _api.GetAsync($"/api/v1/arrival-deletions/{id}/attachments/{Json.Str(attachments[0]!["id"])}", token);
            Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
            Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
            Assert.Equal("attachment", pdf.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Equal("letter.pdf", pdf.Content.Headers.ContentDisposition?.FileNameStar ?? pdf.Content.Headers.ContentDisposition?.FileName);
            Assert.Equal(DeletionParties.Pdf, await pdf.Content.ReadAsByteArrayAsync());
        }

        using var png = await _api.GetAsync($"/api/v1/arrival-deletions/{id}/attachments/{Json.Str(attachments[1]!["id"])}", await p.CustomsAsync());
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
        Assert.Equal(DeletionParties.Png, await png.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Control_is_forbidden_the_files_and_others_do_not_see_them()
    {
        var p = await DeletionParties.PrepareAsync(_api);
        var request = await p.CreateAsync();
        var path = $"/api/v1/arrival-deletions/{Json.Str(request["id"])}/attachments/{Json.Str(request["attachments"]![0]!["id"])}";

        await Problems.AssertAsync(await _api.GetAsync(path, await _api.ControlAsync()), HttpStatusCode.Forbidden);
        await Problems.AssertAsync(await _api.GetAsync(path, await _api.TokenAsync("enterprise", tenant: Ids.Unique("tenant"))), HttpStatusCode.NotFound);
        await Problems.AssertAsync(await _api.GetAsync(path, await _api.TokenAsync("terminal", facility: Ids.Unique("F"))), HttpStatusCode.NotFound);
        await Problems.AssertAsync(await _api.GetAsync($"/api/v1/arrival-deletions/{Json.Str(request["id"])}/attachments/att-9", await p.EnterpriseAsync()), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Five_files_of_5_MB_each_are_taken_whole()
    {
        var p = await DeletionParties.PrepareAsync(_api);
        var largest = new byte[5 * 1024 * 1024];
        Random.Shared.NextBytes(largest);
        DeletionParties.Pdf.CopyTo(largest, 0);
        var files = Enumerable.Range(0, 5).Select(i => DeletionParties.Attachment($"scan-{i}.pdf", "application/pdf", largest)).ToArray();

        using var created = await p.ApplyAsync(p.Body(false, files));
        var request = await Json.ReadAsync(created);

        Assert.True(created.StatusCode == HttpStatusCode.Created, request.ToJsonString());
        Assert.All(request["attachments"]!.AsArray(), a => Assert.Equal(largest.Length, Json.Num(a!["size"])));
        using var last = await _api.GetAsync($"/api/v1/arrival-deletions/{Json.Str(request["id"])}/attachments/{Json.Str(request["attachments"]![4]!["id"])}", await p.CustomsAsync());
        Assert.Equal(largest, await last.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_body_past_the_limit_is_refused_as_too_large()
    {
        var p = await DeletionParties.PrepareAsync(_api);
        var body = p.Body();
        body["reason"] = new string('r', 41 * 1024 * 1024);

        // As a browser or gateway sending a large body would: the server's answer comes before the body.
        using var http = new HttpClient { BaseAddress = _api.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/arrival-deletions")
        {
            Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", await p.EnterpriseAsync());
        request.Headers.ExpectContinue = true;
        using var response = await http.SendAsync(request);

        await Problems.AssertAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }
}
