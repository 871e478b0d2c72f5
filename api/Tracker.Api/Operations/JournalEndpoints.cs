using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tracker.Api.Auth;
using Tracker.Ingest.Stores;

namespace Tracker.Api.Operations;

/// <summary>What operators need to see of durable ingest beyond the metrics: the batches set aside.</summary>
public static class JournalEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/admin/journal/quarantine", Quarantine)
            .RequireAuthorization(Policies.Admin)
            .WithTags("Operations")
            .WithSummary("Journaled batches whose replay kept failing, set aside so that the host could start; with what they held and why.")
            .Produces<IReadOnlyList<QuarantinedView>>();
    }

    private static async Task<IResult> Quarantine(IQuarantine quarantine, CancellationToken cancellationToken)
    {
        var batches = await quarantine.List(cancellationToken);
        return Results.Ok(batches.Select(QuarantinedView.Of).ToList());
    }
}

/// <param name="Batch">The journal record as JSON, or null when it was not JSON (then it is what failed).</param>
public sealed record QuarantinedView(string Journal, long Segment, int Record, string Reason, DateTimeOffset QuarantinedAt, int Bytes, JsonNode? Batch)
{
    public static QuarantinedView Of(QuarantinedBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        JsonNode? json;
        try
        {
            json = JsonNode.Parse(batch.Payload);
        }
        catch (JsonException)
        {
            json = null;
        }

        return new QuarantinedView(batch.Journal, batch.Segment, batch.Record, batch.Reason, batch.QuarantinedAt, batch.Payload.Length, json);
    }
}
