using System.Text.Json.Nodes;
using Tracker.Domain.Geography;
using Tracker.Domain.Supervision;
using Tracker.Domain.Transit;
using Tracker.Simulator.Motion;
using Tracker.Simulator.Scenario;

namespace Tracker.Simulator.Journeys;

/// <summary>
/// A truck under smart lock: sealed in the seal zone, driven along the approved road, its
/// lock entering the destination's unsealing zone with the seal intact, where the transit
/// closes by itself. Injected anomalies bend that story in one place.
/// </summary>
public sealed class RoadJourney(string consignmentId, LandRoute route, AnomalyType? injected) : Journey(consignmentId, injected)
{
    private const double GpsNoiseMeters = 8;

    public override string Flow => "road";

    public override async Task Run(JourneyContext context, Random random, CancellationToken cancellationToken)
    {
        var client = context.Client;
        var boxes = Enumerable.Range(0, random.Next(1, 3)).Select(_ => context.NewContainer(random)).ToArray();
        var locks = boxes.Select(_ => context.NewId("LOCK")).ToArray();
        var truck = context.NewId("TRK");
        var walker = new PathWalker(route.Path);
        var rules = RuleSettings.For(ConsignmentMode.Road);
        var tenant = context.Scenario.Tenants[random.Next(context.Scenario.Tenants.Count)];

        // An overdue transit runs out of time (grace included) a third of the way; the others get half as much again.
        var delay = Injected == AnomalyType.LSTP ? Disturbance.Lasting(rules.LongStopLimit) : TimeSpan.Zero;
        var duration = context.Real(TimeSpan.FromHours(walker.Length / 1000 / route.SpeedKmh) + delay);
        var deadline = JourneyContext.Now + (Injected == AnomalyType.OVRD
            ? (duration * 0.3) - context.Real(rules.OverdueGrace)
            : (duration * 1.5) + context.Real(TimeSpan.FromMinutes(20)));

        await client.Declare(new JsonObject
        {
            ["id"] = ConsignmentId,
            ["tenant"] = tenant,
            ["mode"] = "ROAD",
            ["departureOffice"] = route.DepartureOffice,
            ["destinationOffice"] = route.DestinationOffice,
            ["origin"] = Messages.Place(route.Origin),
            ["destination"] = Messages.Place(route.Destination),
            ["corridor"] = new JsonObject { ["path"] = Messages.Path(route.Path), ["bufferMeters"] = route.BufferMeters },
            ["zones"] = Messages.Zones(route.Zones),
            ["deadline"] = JourneyContext.Iso(deadline),
            ["containers"] = new JsonArray([.. boxes.Select(b => (JsonNode)b)]),
            ["locks"] = new JsonArray([.. boxes.Zip(locks, (b, l) => (JsonNode)new JsonObject { ["lockId"] = l, ["container"] = b })]),
            ["vehicleId"] = truck,
            ["rules"] = context.Rules(ConsignmentMode.Road),
        }, route.DepartureOffice, cancellationToken);
        Record(context);

        var origin = route.Origin;
        var start = JourneyContext.Now;
        await client.Events(new JsonArray([
            .. CustomsChecks.Selected(boxes, random).Select(b => (JsonNode)Messages.Event($"{ConsignmentId}.CUSS.{b}", "EQUIPMENT", "CUSS", start.AddSeconds(-1), b, ConsignmentId, origin.UnLocode)),
            .. boxes.Select(b => (JsonNode)Messages.Event($"{ConsignmentId}.CUSR.{b}", "EQUIPMENT", "CUSR", start, b, ConsignmentId, origin.UnLocode)),
            .. boxes.Select(b => (JsonNode)Messages.Event($"{ConsignmentId}.GTOT.{b}", "EQUIPMENT", "GTOT", start, b, ConsignmentId, origin.UnLocode, origin.Facility)),
            .. boxes.Select(b => (JsonNode)Messages.Event($"{ConsignmentId}.SEAL.{b}", "SEAL", "SEAL", start, b, ConsignmentId, origin.UnLocode)),
            Messages.Event($"{ConsignmentId}.TSTR", "TRANSIT", "TSTR", start, boxes[0], ConsignmentId, origin.UnLocode),
        ]), cancellationToken);

        // Where along the road the injected anomaly happens: early enough to end before the
        // unsealing zone, and clear of every zone (a stop in a rest area is allowed).
        var trigger = walker.Length * (0.3 + (random.NextDouble() * 0.2));
        while (route.Zones.Any(z => Near(walker.At(trigger), z)) && trigger < walker.Length * 0.7)
        {
            trigger += 250;
        }
        var step = context.StepMeters(route.SpeedKmh);
        var plan = new Disturbance(Injected, rules, route, context);
        var seq = 0L;
        var battery = 100.0 - (random.NextDouble() * 20);
        for (var along = 0.0; along < walker.Length + step; along += plan.Moving ? step : 0)
        {
            var now = JourneyContext.Now;
            plan.Advance(along >= trigger);
            var at = walker.At(Math.Min(along, walker.Length), plan.LockOffset);
            var truckAt = Jitter(walker.At(Math.Min(along, walker.Length), plan.LockOffset + plan.TruckOffset), random);
            var kmh = plan.Moving ? route.SpeedKmh : 0;
            seq++;
            battery -= 0.01;

            await client.VehicleFixes(new JsonArray(Messages.VehicleFix(truck, seq, now, truckAt, kmh)), cancellationToken);
            // Seal and signal faults strike the first box's lock only: one injected anomaly, one alert.
            var reporting = plan.Silent ? locks.Skip(1) : locks;
            await client.LockFixes(new JsonArray([.. reporting.Select(l => (JsonNode)Messages.LockFix(
                l, seq, now, Jitter(at, random), kmh, l == locks[0] ? plan.Seal : "sealed", battery))]), cancellationToken);

            await context.Wait(cancellationToken);
        }

        var end = JourneyContext.Now;
        if (Injected is AnomalyType.OPEN or AnomalyType.TAMP)
        {
            // A broken seal stops the automatic closure: the destination office verifies and closes by hand.
            await client.Events(new JsonArray(
                Messages.Event($"{ConsignmentId}.TEND", "TRANSIT", "TEND", end, boxes[0], ConsignmentId, route.Destination.UnLocode),
                Messages.Event($"{ConsignmentId}.UNSL", "SEAL", "UNSL", end, boxes[0], ConsignmentId, route.Destination.UnLocode),
                Messages.Event($"{ConsignmentId}.TCLS", "TRANSIT", "TCLS", end, boxes[0], ConsignmentId, route.Destination.UnLocode)), cancellationToken);
        }
        else
        {
            // The authorised unseal, inside the zone, after the arrival closed the transit.
            seq++;
            await client.LockFixes(new JsonArray([.. locks.Select(l => (JsonNode)Messages.LockFix(l, seq, end, walker.At(walker.Length), 0, "opened", battery))]), cancellationToken);
        }
    }

    private static bool Near((double Lat, double Lon, double Heading) at, ZoneSpec zone) =>
        GeoPosition.DistanceMeters(new GeoPosition(at.Lat, at.Lon), PathWalker.ToPosition(zone.Center)) < zone.RadiusMeters + 1_000;

    private static (double Lat, double Lon, double Heading) Jitter((double Lat, double Lon, double Heading) at, Random random)
    {
        var north = (random.NextDouble() * 2 - 1) * GpsNoiseMeters;
        var east = (random.NextDouble() * 2 - 1) * GpsNoiseMeters;
        return (at.Lat + (north / 111_320), at.Lon + (east / (111_320 * Math.Cos(at.Lat * Math.PI / 180))), at.Heading);
    }

    /// <summary>The one thing that goes wrong on an injected journey, and for how long.</summary>
    private sealed class Disturbance(AnomalyType? type, RuleSettings rules, LandRoute route, JourneyContext context)
    {
        private int _ticks = -1;

        public bool Moving { get; private set; } = true;

        public bool Silent { get; private set; }

        public double LockOffset { get; private set; }

        public double TruckOffset { get; private set; }

        public string Seal { get; private set; } = "sealed";

        /// <summary>How long a disturbance lasts: well beyond the rule's tolerance, so that it is unmistakable.</summary>
        public static TimeSpan Lasting(TimeSpan tolerance) => tolerance * 2.5;

        private int Length(TimeSpan simulated) => (int)Math.Ceiling(Lasting(simulated).TotalSeconds / context.Options.FixIntervalSeconds);

        public void Advance(bool reached)
        {
            if (!reached || type is null || _ticks == 0)
            {
                Reset();
                return;
            }

            if (_ticks < 0)
            {
                _ticks = type switch
                {
                    AnomalyType.RDEV => Length(rules.DeviationTolerance + rules.DeviationReturnTolerance),
                    AnomalyType.LSTP => Length(rules.LongStopLimit),
                    AnomalyType.SLOS => Length(rules.SignalLostLimit),
                    AnomalyType.TMIS => Length(rules.MismatchTolerance + rules.MismatchReturnTolerance),
                    AnomalyType.OPEN or AnomalyType.TAMP => int.MaxValue,
                    _ => 0,
                };
            }

            if (_ticks > 0)
            {
                _ticks--;
                Apply(type.Value);
            }
        }

        private void Apply(AnomalyType anomaly)
        {
            switch (anomaly)
            {
                case AnomalyType.RDEV:
                    LockOffset = route.BufferMeters + rules.DeviationDistanceMeters + 1_500;
                    break;
                case AnomalyType.LSTP:
                    Moving = false;
                    break;
                case AnomalyType.SLOS:
                    Silent = true;
                    break;
                case AnomalyType.TMIS:
                    TruckOffset = rules.MismatchDistanceMeters + 1_500;
                    break;
                case AnomalyType.OPEN:
                    Seal = "opened";
                    break;
                case AnomalyType.TAMP:
                    Seal = "tampered";
                    break;
            }
        }

        private void Reset()
        {
            Moving = true;
            Silent = false;
            LockOffset = 0;
            TruckOffset = 0;
        }
    }
}
