using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Tracker.Domain.Identifiers;
using Tracker.Domain.Supervision;
using Tracker.Domain.Transit;
using Tracker.Simulator.Client;
using Tracker.Simulator.Running;
using Tracker.Simulator.Scenario;

namespace Tracker.Simulator.Journeys;

/// <summary>What every journey shares: the API, the clock's scale, the scenario and the log of injections.</summary>
public sealed class JourneyContext(TrackerClient client, SimulatorOptions options, ScenarioData scenario)
{
    /// <summary>Every box handed out in this process, whichever simulation drew it.</summary>
    private static readonly ConcurrentDictionary<string, byte> HandedOut = new(StringComparer.Ordinal);

    private int _serial;

    public TrackerClient Client => client;

    public SimulatorOptions Options => options;

    public ScenarioData Scenario => scenario;

    public ConcurrentQueue<InjectedAnomaly> Injected { get; } = new();

    /// <summary>The real time between two reports.</summary>
    public TimeSpan Tick => TimeSpan.FromSeconds(options.FixIntervalSeconds / options.TimeScale);

    /// <summary>How far a vehicle at <paramref name="kmh"/> moves between two reports.</summary>
    public double StepMeters(double kmh) => kmh / 3.6 * options.FixIntervalSeconds;

    /// <summary>A simulated duration in real time.</summary>
    public TimeSpan Real(TimeSpan simulated) => simulated / options.TimeScale;

    /// <summary>Timestamps are real: the simulation runs faster, not in the future.</summary>
    public static DateTimeOffset Now => DateTimeOffset.UtcNow;

    public static string Iso(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    /// <summary>
    /// The mode's rule thresholds scaled like the clock, declared with each transit: a 30-minute
    /// long stop at 20x speed is 90 real seconds.
    /// </summary>
    public JsonObject Rules(ConsignmentMode mode)
    {
        var r = RuleSettings.For(mode);
        return new JsonObject
        {
            ["deviationToleranceSeconds"] = Real(r.DeviationTolerance).TotalSeconds,
            ["deviationReturnToleranceSeconds"] = Real(r.DeviationReturnTolerance).TotalSeconds,
            ["longStopSeconds"] = Real(r.LongStopLimit).TotalSeconds,
            ["signalLostSeconds"] = Real(r.SignalLostLimit).TotalSeconds,
            ["overdueGraceSeconds"] = Real(r.OverdueGrace).TotalSeconds,
            ["mismatchToleranceSeconds"] = Real(r.MismatchTolerance).TotalSeconds,
            ["connectionMarginSeconds"] = Real(r.ConnectionMargin).TotalSeconds,
        };
    }

    /// <summary>
    /// A box no journey of this process has had yet. The tracker refuses a box that is still in an open transit (409), and
    /// journeys drawing from equal seeds (two simulations of one process, seed 7's second journey and seed 8's first) would
    /// otherwise draw the same box while both are on their way; some transits never close (a broken seal waits for an officer).
    /// </summary>
    public string NewContainer(Random random)
    {
        while (true)
        {
            var owner = scenario.ContainerOwners[random.Next(scenario.ContainerOwners.Count)];
            var first = $"{owner}{random.Next(0, 1_000_000):D6}";
            var number = first + ContainerNumber.ComputeCheckDigit(first);
            if (HandedOut.TryAdd(number, 0))
            {
                return number;
            }
        }
    }

    /// <summary>Ids unique within this process's run: the seed, a counter and the process start.</summary>
    public string NewId(string prefix) => $"{prefix}-{RunTag}-{Interlocked.Increment(ref _serial):D4}";

    private string RunTag { get; } = $"{options.Seed}{DateTime.UtcNow:HHmmss}";

    public Task Wait(CancellationToken cancellationToken) => Task.Delay(Tick, cancellationToken);
}
