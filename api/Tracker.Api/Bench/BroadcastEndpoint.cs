using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Tracker.Api.Auth;
using Tracker.Api.Hubs;
using Tracker.Domain.Transit;
using Tracker.Grains.Live;

namespace Tracker.Api.Bench;

/// <summary>
/// Baseline (c) of the load benchmark: a "deltas" message of synthetic lock items, stamped now, sent
/// straight to the clients of one view of the live hub (the hub's group of that name). Against the real deltas it leaves out the grains, the
/// live index and the broadcaster's coalescing: what remains is SignalR and the network.
/// </summary>
public static class BroadcastEndpoint
{
    public const int MaxItems = 5000;

    public static void Map(IEndpointRouteBuilder bench)
    {
        bench.MapPost("/broadcast", async (BroadcastRequest request, IHubContext<LiveHub> hub, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            var count = Math.Clamp(request.Items, 1, MaxItems);
            var now = clock.GetUtcNow();

            // Containers set: a default ImmutableArray cannot be serialised, and the failure would only show in the host's log.
            var items = Enumerable.Range(0, count)
                .Select(i => new LiveItem($"lock:bench-{i}", LiveKind.Lock, now, ConsignmentMode.Road, 30 + (i * 1e-4), 120, 60, 90, Containers: []))
                .ToArray();
            await hub.Clients.Group(request.View).SendAsync("deltas", request.View, items, cancellationToken);
            return Results.Json(new BenchResult(count, 0, 0), statusCode: StatusCodes.Status202Accepted);
        });
    }
}

/// <param name="View">The view whose subscribers receive it ("overview", "road", ...).</param>
/// <param name="Items">Items in the message: the bench sends the mean size of the view's real deltas messages.</param>
public sealed record BroadcastRequest(string View, int Items);
