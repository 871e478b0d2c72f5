using System.Text.Json.Nodes;
using Tracker.Simulator.Motion;
using Tracker.Simulator.Scenario;

namespace Tracker.Simulator.Journeys;

/// <summary>
/// A mainline vessel's call at the hub, as its AIS shows it: in along the lane from one of the
/// big ports, alongside the hub's terminal for a while, out along the lane to the next. It
/// carries no transit of its own; the feeders' boxes connect with it.
/// </summary>
public sealed class MainlineCall(ScenarioVessel vessel)
{
    private const double Knots = 16;
    private static readonly string[] Calls = ["CNSHA", "CNNGB", "CNDLC"];
    private static readonly TimeSpan Alongside = TimeSpan.FromHours(3);

    public async Task Run(JourneyContext context, Random random, CancellationToken cancellationToken)
    {
        var scenario = context.Scenario;
        var hub = scenario.Ports.First(p => p.IsHub);
        var from = Calls[random.Next(Calls.Length)];
        var to = Calls[random.Next(Calls.Length)];
        var kmh = Knots * 1.852;

        await Sail(context, scenario.Lane(from, hub.UnLocode), hub.UnLocode, kmh, cancellationToken);

        var berth = scenario.Lane(hub.UnLocode, to).Waypoints[0];
        var leave = JourneyContext.Now + context.Real(Alongside);
        while (JourneyContext.Now < leave)
        {
            await Report(context, (berth.Lat, berth.Lon, 0), 0, hub.UnLocode, null, cancellationToken);
            await context.Wait(cancellationToken);
        }

        await Sail(context, scenario.Lane(hub.UnLocode, to), to, kmh, cancellationToken);
    }

    private async Task Sail(JourneyContext context, SeaLane lane, string destination, double kmh, CancellationToken cancellationToken)
    {
        var walker = new PathWalker(lane.Waypoints);
        var step = context.StepMeters(kmh);
        for (var along = 0.0; along < walker.Length + step; along += step)
        {
            var left = Math.Max(0, walker.Length - along);
            var eta = JourneyContext.Now + context.Real(TimeSpan.FromHours(left / 1000 / kmh));
            await Report(context, walker.At(Math.Min(along, walker.Length)), Knots, destination, eta, cancellationToken);
            await context.Wait(cancellationToken);
        }
    }

    private Task Report(JourneyContext context, (double Lat, double Lon, double Heading) at, double knots, string destination, DateTimeOffset? eta, CancellationToken cancellationToken) =>
        context.Client.Ais(new JsonArray(Messages.Ais(vessel, JourneyContext.Now, at, knots, destination, eta)), cancellationToken);
}
