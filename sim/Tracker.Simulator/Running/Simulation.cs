using Tracker.Domain.Geography;
using Tracker.Domain.Supervision;
using Tracker.Simulator.Journeys;
using Tracker.Simulator.Motion;
using Tracker.Simulator.Scenario;

namespace Tracker.Simulator.Running;

/// <summary>
/// Keeps the port busy: a number of road transits, trains and feeder voyages under way at
/// once, each replaced by a new one when it ends, and mainline vessels calling at the hub in
/// turn. Deterministic per seed: every slot draws its journeys from its own seeded generator.
/// </summary>
public sealed class Simulation(JourneyContext context, Action<string>? log = null)
{
    private static readonly AnomalyType[] RoadAnomalies =
        [AnomalyType.RDEV, AnomalyType.LSTP, AnomalyType.OPEN, AnomalyType.TAMP, AnomalyType.SLOS, AnomalyType.TMIS, AnomalyType.OVRD];

    private static readonly AnomalyType[] RailAnomalies = [AnomalyType.OVRD];
    private static readonly AnomalyType[] WaterAnomalies = [AnomalyType.CONN, AnomalyType.UPRT];

    public JourneyContext Context => context;

    public IReadOnlyList<LandRoute> Roads { get; } = Shorter(context.Scenario.Roads, context.Options.MaxRouteKm);

    public IReadOnlyList<LandRoute> Railways { get; } = Shorter(context.Scenario.Railways, context.Options.MaxRouteKm);

    public IReadOnlyList<SeaLane> Lanes { get; } = [.. context.Scenario.SeaLanes.Where(l => new PathWalker(l.Waypoints).Length <= context.Options.MaxRouteKm * 1000)];

    /// <summary>Runs until cancelled, each slot starting a new journey when its last one ends.</summary>
    public Task RunContinuously(CancellationToken cancellationToken)
    {
        var o = context.Options;
        var feeders = context.Scenario.Vessels.Where(v => v.Kind == "FEEDER").ToList();
        var mainlines = context.Scenario.Vessels.Where(v => v.Kind == "MAINLINE").ToList();
        var slots = Enumerable.Range(0, o.RoadTransits).Select(n => Slot($"road{n}", (r, ct) => Play(Road(r, Pick(r)), r, ct)))
            .Concat(Enumerable.Range(0, o.Trains).Select(n => Slot($"rail{n}", (r, ct) => Play(Rail(r, Pick(r, RailAnomalies)), r, ct))))
            .Concat(Enumerable.Range(0, Math.Min(o.Feeders, feeders.Count)).Select(n => Slot($"feeder{n}", (r, ct) => Play(Feeder(r, feeders[n], Pick(r, WaterAnomalies)), r, ct))))
            .Concat(Enumerable.Range(0, Math.Min(o.Mainlines, mainlines.Count)).Select(n => Slot($"mainline{n}", (r, ct) => new MainlineCall(mainlines[n]).Run(context, r, ct))));
        return Task.WhenAll(slots.Select(slot => slot(cancellationToken)));

        AnomalyType? Pick(Random r, AnomalyType[]? types = null) =>
            r.NextDouble() < o.AnomalyRate ? (types ?? RoadAnomalies)[r.Next((types ?? RoadAnomalies).Length)] : null;
    }

    public Journey Road(Random random, AnomalyType? injected) =>
        new RoadJourney(context.NewId("RT"), Roads[random.Next(Roads.Count)], injected);

    public Journey Rail(Random random, AnomalyType? injected) =>
        new RailJourney(context.NewId("SR"), Railways[random.Next(Railways.Count)], injected);

    /// <summary>A voyage of this feeder on one of the lanes; one voyage per feeder at a time, so ETAs never mix.</summary>
    public Journey Feeder(Random random, ScenarioVessel feeder, AnomalyType? injected)
    {
        var mainlines = context.Scenario.Vessels.Where(v => v.Kind == "MAINLINE").ToList();
        return new FeederJourney(context.NewId("WW"), Lanes[random.Next(Lanes.Count)], feeder, mainlines[random.Next(mainlines.Count)], injected);
    }

    /// <summary>Runs the journeys at once and returns when every one has ended.</summary>
    public async Task RunAll(IEnumerable<Journey> journeys, CancellationToken cancellationToken)
    {
        var seed = context.Options.Seed;
        await Task.WhenAll(journeys.Select((j, n) => Play(j, new Random(seed + n), cancellationToken)));
    }

    private Func<CancellationToken, Task> Slot(string name, Func<Random, CancellationToken, Task> playNext) => async cancellationToken =>
    {
        var random = new Random(HashCode.Combine(context.Options.Seed, name.GetHashCode(StringComparison.Ordinal)));
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await playNext(random, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One failed journey must not stop the port: report it and start the next.
                log?.Invoke($"{name}: {e.Message}");
                await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    };

    private async Task Play(Journey journey, Random random, CancellationToken cancellationToken)
    {
        log?.Invoke($"{journey.Flow} {journey.ConsignmentId} starts{(journey.Injected is { } a ? $" (injecting {a})" : "")}");
        await journey.Run(context, random, cancellationToken);
        log?.Invoke($"{journey.Flow} {journey.ConsignmentId} ended");
    }

    private static LandRoute[] Shorter(IReadOnlyList<LandRoute> routes, double maxKm)
    {
        var fit = routes.Where(r => new PathWalker(r.Path).Length <= maxKm * 1000).ToArray();
        return fit.Length > 0 ? fit : [.. routes.OrderBy(r => new PathWalker(r.Path).Length).Take(1)];
    }
}
