using System.Text.Json.Nodes;
using Tracker.Domain.Supervision;
using Tracker.Domain.Transit;
using Tracker.Simulator.Motion;
using Tracker.Simulator.Scenario;

namespace Tracker.Simulator.Journeys;

/// <summary>
/// Sea-rail: boxes declared and released inland, loaded on a train that runs to the port's
/// rail gate, where each box's gate-in sends the arrival report and closes the transit.
/// </summary>
public sealed class RailJourney(string consignmentId, LandRoute railway, AnomalyType? injected) : Journey(consignmentId, injected)
{
    public override string Flow => "rail";

    public override async Task Run(JourneyContext context, Random random, CancellationToken cancellationToken)
    {
        var client = context.Client;
        var train = context.NewId("TRAIN");
        var boxes = Enumerable.Range(0, context.Options.BoxesPerTrain).Select(_ => context.NewContainer(random)).Distinct().ToArray();
        var walker = new PathWalker(railway.Path);
        var rules = RuleSettings.For(ConsignmentMode.Rail);
        var duration = context.Real(TimeSpan.FromHours(walker.Length / 1000 / railway.SpeedKmh));
        var deadline = JourneyContext.Now + (Injected == AnomalyType.OVRD
            ? (duration * 0.3) - context.Real(rules.OverdueGrace)
            : (duration * 1.5) + context.Real(TimeSpan.FromHours(1)));

        await client.Declare(new JsonObject
        {
            ["id"] = ConsignmentId,
            ["tenant"] = context.Scenario.Tenants[random.Next(context.Scenario.Tenants.Count)],
            ["mode"] = "RAIL",
            ["departureOffice"] = railway.DepartureOffice,
            ["destinationOffice"] = railway.DestinationOffice,
            ["origin"] = Messages.Place(railway.Origin),
            ["destination"] = Messages.Place(railway.Destination),
            ["corridor"] = new JsonObject { ["path"] = Messages.Path(railway.Path), ["bufferMeters"] = railway.BufferMeters },
            ["zones"] = Messages.Zones(railway.Zones),
            ["deadline"] = JourneyContext.Iso(deadline),
            ["containers"] = new JsonArray([.. boxes.Select(b => (JsonNode)b)]),
            ["trainId"] = train,
            ["rules"] = context.Rules(ConsignmentMode.Rail),
        }, railway.DepartureOffice, cancellationToken);
        Record(context);

        var start = JourneyContext.Now;
        var origin = railway.Origin;
        await client.Events(new JsonArray([
            .. CustomsChecks.Selected(boxes, random).Select(b => (JsonNode)Messages.Event($"{ConsignmentId}.CUSS.{b}", "EQUIPMENT", "CUSS", start.AddSeconds(-1), b, ConsignmentId, origin.UnLocode)),
            .. boxes.Select(b => (JsonNode)Messages.Event($"{ConsignmentId}.CUSR.{b}", "EQUIPMENT", "CUSR", start, b, ConsignmentId, origin.UnLocode)),
            .. boxes.Select(b => (JsonNode)Messages.Event($"{ConsignmentId}.LOAD.{b}", "EQUIPMENT", "LOAD", start, b, ConsignmentId, origin.UnLocode, origin.Facility, trainId: train)),
            .. boxes.Select(b => (JsonNode)Messages.Event($"{ConsignmentId}.SEAL.{b}", "SEAL", "SEAL", start, b, ConsignmentId, origin.UnLocode)),
            Messages.Event($"{ConsignmentId}.TSTR", "TRANSIT", "TSTR", start, boxes[0], ConsignmentId, origin.UnLocode),
            Messages.Event($"{ConsignmentId}.DEPA", "TRANSPORT", "DEPA", start, null, null, origin.UnLocode, origin.Facility, trainId: train),
        ]), cancellationToken);

        var step = context.StepMeters(railway.SpeedKmh);
        var seq = 0L;
        for (var along = 0.0; along < walker.Length + step; along += step)
        {
            await client.VehicleFixes(new JsonArray(Messages.VehicleFix(train, ++seq, JourneyContext.Now, walker.At(Math.Min(along, walker.Length)), railway.SpeedKmh)), cancellationToken);
            await context.Wait(cancellationToken);
        }

        // At the port's rail gate: no re-stacking, no seal check; each box's passage is its arrival.
        var gate = railway.Destination;
        var arrived = JourneyContext.Now;
        await client.Events(new JsonArray([
            Messages.Event($"{ConsignmentId}.ARRI", "TRANSPORT", "ARRI", arrived, null, null, gate.UnLocode, gate.Facility, trainId: train),
            .. boxes.Select(b => (JsonNode)Messages.Event($"{ConsignmentId}.DISC.{b}", "EQUIPMENT", "DISC", arrived, b, null, gate.UnLocode, gate.Facility, trainId: train)),
            .. boxes.Select(b => (JsonNode)Messages.Event($"{ConsignmentId}.GTIN.{b}", "EQUIPMENT", "GTIN", arrived, b, ConsignmentId, gate.UnLocode, gate.Facility)),
        ]), cancellationToken);
    }
}
