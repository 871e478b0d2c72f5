using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tracker.Api.Auth;
using Tracker.Api.Consignments;
using Tracker.Domain.Supervision;
using Tracker.Domain.Transit;
using Tracker.Grains.Alerts;
using Tracker.Grains.Consignments;
using Tracker.Grains.Vessels;

namespace Tracker.Api.Connections;

/// <summary>The water-to-water view's connection list: feeders against the mainline cut-offs their boxes must make.</summary>
public static class ConnectionEndpoints
{
    /// <summary>Closed transits looked at for boxes still waiting ashore for their mainline.</summary>
    private const int RecentlyClosed = 100;

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/connections", List)
            .RequireAuthorization(Policies.Monitor)
            .WithTags("Live map")
            .WithSummary("Water transits with a mainline connection still to make, soonest cut-off first.")
            .Produces<ConnectionResponse[]>();
    }

    private static async Task<IResult> List(ClaimsPrincipal user, IGrainFactory grains, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var transits = await OpenTransits.List(grains, Caller.From(user), ConsignmentMode.Water, RecentlyClosed);
        var connections = await Task.WhenAll(transits
            .Where(t => t.Declaration is { Connection: { } c, FeederImo: not null } && (t.Status != TransitStatus.Closed || c.Cutoff > now))
            .Select(t => Describe(grains, t)));
        return Results.Ok(connections.OrderBy(c => c.Cutoff).ThenBy(c => c.ConsignmentId, StringComparer.Ordinal).ToArray());
    }

    private static async Task<ConnectionResponse> Describe(IGrainFactory grains, ConsignmentView transit)
    {
        var d = transit.Declaration;
        var connection = d.Connection!;
        var feeder = await grains.GetGrain<IVesselGrain>(d.FeederImo!).Get();
        var mainline = await grains.GetGrain<IVesselGrain>(connection.MainlineImo).Get();
        var alerts = await Task.WhenAll(transit.AlertIds.Select(id => grains.GetGrain<IAlertGrain>(id).Get()));
        var risk = alerts.OfType<AlertView>().FirstOrDefault(a => a is { Type: AnomalyType.CONN, Status: not AlertStatus.Resolved });
        var required = RuleOverrides.Apply(d.Mode, d.Rules).ConnectionMargin.TotalSeconds;
        var eta = FeederConnection.Eta(transit.Status, feeder);
        return new ConnectionResponse(
            d.Id, transit.Status, d.Origin.UnLocode, d.Destination.UnLocode,
            new VesselSummary(feeder.Imo, feeder.Name, feeder.Position),
            new VesselSummary(mainline.Imo, mainline.Name, mainline.Position),
            connection.Cutoff, eta, FeederConnection.Margin(connection, eta)?.TotalSeconds, required,
            d.Containers.Length, FeederConnection.Discharged(transit.Status), risk?.Id);
    }
}
