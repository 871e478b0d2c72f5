using System.Text.Json.Nodes;
using Tracker.Domain.Supervision;
using Tracker.Domain.Transit;
using Tracker.Simulator.Motion;
using Tracker.Simulator.Scenario;

namespace Tracker.Simulator.Journeys;

/// <summary>
/// Water-to-water: boxes loaded on a feeder at a smaller port for the Qingdao hub (or back),
/// reported by AIS along a sea lane, discharged and gated in at the destination terminal in
/// time to connect with a mainline sailing. A late feeder endangers the connection; a
/// diverted one calls at a port off its route.
/// </summary>
public sealed class FeederJourney(string consignmentId, SeaLane lane, ScenarioVessel feeder, ScenarioVessel mainline, AnomalyType? injected)
    : Journey(consignmentId, injected)
{
    private const double Knots = 12;

    public override string Flow => "water";

    public override async Task Run(JourneyContext context, Random random, CancellationToken cancellationToken)
    {
        var client = context.Client;
        var (from, to) = (context.Scenario.Port(lane.From), context.Scenario.Port(lane.To));
        var boxes = Enumerable.Range(0, random.Next(4, 13)).Select(_ => context.NewContainer(random)).Distinct().ToArray();
        var walker = new PathWalker(lane.Waypoints);
        var kmh = Knots * 1.852;
        var rules = RuleSettings.For(ConsignmentMode.Water);
        var sailing = context.Real(TimeSpan.FromHours(walker.Length / 1000 / kmh));
        var arrival = JourneyContext.Now + sailing;

        // A connection at risk is a cut-off the feeder's ETA cannot make with the margin to spare.
        var margin = context.Real(rules.ConnectionMargin);
        var cutoff = Injected == AnomalyType.CONN ? arrival + (margin / 2) : arrival + (margin * 2);
        var terminal = to.Facilities.Count > 0 ? to.Facilities[0].Code : null;
        var office = $"{from.UnLocode}-CUSTOMS";

        await client.Declare(new JsonObject
        {
            ["id"] = ConsignmentId,
            ["tenant"] = context.Scenario.Tenants[random.Next(context.Scenario.Tenants.Count)],
            ["mode"] = "WATER",
            ["departureOffice"] = office,
            ["destinationOffice"] = $"{to.UnLocode}-CUSTOMS",
            ["origin"] = new JsonObject { ["unLocode"] = from.UnLocode },
            ["destination"] = terminal is null ? new JsonObject { ["unLocode"] = to.UnLocode } : new JsonObject { ["unLocode"] = to.UnLocode, ["facility"] = terminal },
            ["corridor"] = new JsonObject { ["path"] = Messages.Path(lane.Waypoints), ["bufferMeters"] = 5_000 },
            ["deadline"] = JourneyContext.Iso(arrival + (sailing * 2) + context.Real(TimeSpan.FromHours(6))),
            ["containers"] = new JsonArray([.. boxes.Select(b => (JsonNode)b)]),
            ["feederImo"] = feeder.Imo,
            ["connection"] = new JsonObject { ["mainlineImo"] = mainline.Imo, ["cutoff"] = JourneyContext.Iso(cutoff) },
            ["rules"] = context.Rules(ConsignmentMode.Water),
        }, office, cancellationToken);
        Record(context);

        var start = JourneyContext.Now;
        await client.Events(new JsonArray([
            .. boxes.Select(b => (JsonNode)Messages.Event($"{ConsignmentId}.CUSR.{b}", "EQUIPMENT", "CUSR", start, b, ConsignmentId, from.UnLocode)),
            .. boxes.Select(b => (JsonNode)Messages.Event($"{ConsignmentId}.LOAD.{b}", "EQUIPMENT", "LOAD", start, b, ConsignmentId, from.UnLocode, vesselImo: feeder.Imo)),
            .. boxes.Select(b => (JsonNode)Messages.Event($"{ConsignmentId}.SEAL.{b}", "SEAL", "SEAL", start, b, ConsignmentId, from.UnLocode)),
            Messages.Event($"{ConsignmentId}.TSTR", "TRANSIT", "TSTR", start, boxes[0], ConsignmentId, from.UnLocode),
            Messages.Event($"{ConsignmentId}.DEPA", "TRANSPORT", "DEPA", start, null, null, from.UnLocode, vesselImo: feeder.Imo),
        ]), cancellationToken);

        var step = context.StepMeters(kmh);
        var diverted = false;
        for (var along = 0.0; along < walker.Length + step; along += step)
        {
            var now = JourneyContext.Now;
            var at = walker.At(Math.Min(along, walker.Length));
            var eta = now + context.Real(TimeSpan.FromHours(Math.Max(0, walker.Length - along) / 1000 / kmh));
            await client.Ais(new JsonArray(Messages.Ais(feeder, now, at, Knots, to.UnLocode, eta)), cancellationToken);

            // A diversion: the feeder reports a call at a port that is not on the declared route.
            if (Injected == AnomalyType.UPRT && !diverted && along >= walker.Length / 2)
            {
                diverted = true;
                var elsewhere = context.Scenario.Ports.First(p => p.UnLocode != from.UnLocode && p.UnLocode != to.UnLocode);
                await client.Events(new JsonArray(
                    Messages.Event($"{ConsignmentId}.ARRI.{elsewhere.UnLocode}", "TRANSPORT", "ARRI", now, null, null, elsewhere.UnLocode, vesselImo: feeder.Imo),
                    Messages.Event($"{ConsignmentId}.DEPA.{elsewhere.UnLocode}", "TRANSPORT", "DEPA", now, null, null, elsewhere.UnLocode, vesselImo: feeder.Imo)), cancellationToken);
            }

            await context.Wait(cancellationToken);
        }

        var berthed = JourneyContext.Now;
        await client.Events(new JsonArray([
            Messages.Event($"{ConsignmentId}.ARRI", "TRANSPORT", "ARRI", berthed, null, null, to.UnLocode, vesselImo: feeder.Imo),
            .. boxes.Select(b => (JsonNode)Messages.Event($"{ConsignmentId}.DISC.{b}", "EQUIPMENT", "DISC", berthed, b, ConsignmentId, to.UnLocode, vesselImo: feeder.Imo)),
            .. boxes.Select(b => (JsonNode)Messages.Event($"{ConsignmentId}.GTIN.{b}", "EQUIPMENT", "GTIN", berthed, b, ConsignmentId, to.UnLocode, terminal)),
        ]), cancellationToken);
    }
}
