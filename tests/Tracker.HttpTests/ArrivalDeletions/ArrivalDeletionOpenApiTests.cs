namespace Tracker.HttpTests.ArrivalDeletions;

/// <summary>The web app and integrators read the endpoints from the OpenAPI document like the others.</summary>
public sealed class ArrivalDeletionOpenApiTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Theory]
    [InlineData("/api/v1/arrival-deletions", "post")]
    [InlineData("/api/v1/arrival-deletions", "get")]
    [InlineData("/api/v1/arrival-deletions/{id}", "get")]
    [InlineData("/api/v1/arrival-deletions/{id}/confirm", "post")]
    [InlineData("/api/v1/arrival-deletions/{id}/refuse", "post")]
    [InlineData("/api/v1/arrival-deletions/{id}/approve", "post")]
    [InlineData("/api/v1/arrival-deletions/{id}/reject", "post")]
    [InlineData("/api/v1/arrival-deletions/{id}/attachments/{attachmentId}", "get")]
    [InlineData("/api/v1/stats/arrival-deletions", "get")]
    public async Task Each_endpoint_is_in_the_document_with_its_tag_and_summary(string path, string method)
    {
        var document = await Json.ReadAsync(await host.Api.GetAsync("/openapi/v1.json", token: null));

        var operation = document["paths"]?[path]?[method];
        Assert.NotNull(operation);
        Assert.Equal("Arrival-report deletions", Json.Str(operation["tags"]![0]));
        Assert.False(string.IsNullOrEmpty(Json.Str(operation["summary"])));
    }
}
