using System.Globalization;
using System.Text.Json;
using Tracker.Domain.Supervision;
using Tracker.Domain.Transit;

namespace Tracker.UnitTests.Supervision;

public class SupervisorStateTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    public static TheoryData<string> Options => ["default", "web"];

    [Theory]
    [MemberData(nameof(Options))]
    public void A_supervisor_rebuilt_from_JSON_after_every_input_behaves_exactly_as_the_original(string options)
    {
        var json = OptionsNamed(options);
        var inputs = BusyDay();
        var original = TestRoute.Supervisor(deadline: TestRoute.Start.AddHours(1));
        var rebuilt = TestRoute.Supervisor(deadline: TestRoute.Start.AddHours(1));
        var expected = new List<string>();
        var actual = new List<string>();

        foreach (var input in inputs)
        {
            expected.Add(Describe(input(original)));
            rebuilt = Rebuild(rebuilt, json);
            actual.Add(Describe(input(rebuilt)));
        }

        Assert.Equal(expected, actual);
        Assert.Equal(JsonSerializer.Serialize(original.State, json), JsonSerializer.Serialize(rebuilt.State, json));

        // The day is busy enough that the restores happened mid-episode of every position rule.
        var raised = string.Join("\n", expected);
        foreach (var type in new[] { "RDEV", "LSTP", "OPEN", "SLOS", "OVRD", "TMIS" })
        {
            Assert.Contains($"raised {type}", raised, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_supervisor_rebuilt_mid_deviation_raises_it_once_at_the_same_fix()
    {
        var fixes = new TrackBuilder(121, along: 10_000).Veer(1_000, 333, 40).DriveFor(6 * Minute, 40).Fixes;
        var first = TestRoute.Supervisor();
        new Replay(first).Locks(fixes.Take(4));
        Assert.True(first.State.Locks[Replay.LockId].Deviation.Outside);

        var second = Rebuild(first, JsonSerializerOptions.Default);
        var replay = new Replay(second).Locks(fixes.Skip(4));

        var deviation = Assert.Single(replay.Raised);
        Assert.Equal(fixes[6].Time, deviation.At);
        Assert.Equal(fixes.Take(7), deviation.Evidence.Track);
    }

    [Fact]
    public void The_state_is_the_live_object_the_grain_persists()
    {
        var state = new SupervisorState();
        var supervisor = new Supervisor(TestRoute.Plan(), state);

        supervisor.OnLockFix(Replay.LockId, new TrackBuilder(122).Drive(1_000).Fixes[0]);

        Assert.Same(state, supervisor.State);
        Assert.True(state.Locks.ContainsKey(Replay.LockId));
    }

    [Fact]
    public void A_fresh_state_serializes_and_restores()
    {
        var json = JsonSerializer.Serialize(new SupervisorState());

        var state = JsonSerializer.Deserialize<SupervisorState>(json)!;

        Assert.False(state.Arrived);
        Assert.Empty(state.Locks);
        Assert.Equal(TestRoute.Start.AddHours(4) + RuleSettings.For(ConsignmentMode.Road).OverdueGrace, new Supervisor(TestRoute.Plan(), state).NextCheck);
    }

    private static Supervisor Rebuild(Supervisor supervisor, JsonSerializerOptions options) =>
        new(supervisor.Plan, JsonSerializer.Deserialize<SupervisorState>(JsonSerializer.Serialize(supervisor.State, options), options));

    private static JsonSerializerOptions OptionsNamed(string name) =>
        name == "web" ? new JsonSerializerOptions(JsonSerializerDefaults.Web) : JsonSerializerOptions.Default;

    /// <summary>
    /// The acceptance trip of one lock with its truck, a second lock that goes silent and then is left parked while
    /// its truck drives on, and the clock every minute past the deadline: every position rule has an episode open
    /// at some point.
    /// </summary>
    private static List<Func<Supervisor, SupervisionResult>> BusyDay()
    {
        var first = Scenarios.Acceptance(5);
        var second = new TrackBuilder(123, along: 5_000).Drive(3_000).Silence(15 * Minute).Stop(40 * Minute);
        var secondTruck = new TrackBuilder(123, along: 5_000).Drive(3_000).Silence(15 * Minute).DriveFor(40 * Minute, 20);
        var inputs = first.Fixes.Select(f => (f.Time, 0, Lock("LOCK-1", f)))
            .Concat(first.VehicleTrack(TimeSpan.FromSeconds(13)).Select(f => (f.Time, 1, Vehicle("TRUCK-1", f))))
            .Concat(second.Fixes.Select(f => (f.Time, 0, Lock("LOCK-2", f))))
            .Concat(secondTruck.VehicleTrack(TimeSpan.FromSeconds(7)).Select(f => (f.Time, 1, Vehicle("TRUCK-2", f))))
            .ToList();
        var end = inputs.Max(i => i.Time);
        for (var t = TestRoute.Start; t <= end; t += Minute)
        {
            var now = t;
            inputs.Add((now, 2, s => s.OnClock(now)));
        }

        return [.. inputs.OrderBy(i => i.Time).ThenBy(i => i.Item2).Select(i => i.Item3)];
    }

    private static Func<Supervisor, SupervisionResult> Lock(string id, Observation fix) => s => s.OnLockFix(id, fix);

    private static Func<Supervisor, SupervisionResult> Vehicle(string id, Observation fix) => s => s.OnVehicleFix(id, fix);

    private static string Describe(SupervisionResult result) =>
        string.Join(
            "\n",
            result.Raised.Select(a => string.Create(
                    CultureInfo.InvariantCulture,
                    $"raised {a.Type} {a.Severity} {a.At:O} {a.Position} {a.Device} {a.Evidence.DistanceFromCorridorMeters} {a.Evidence.Duration} {a.Evidence.Summary} [{string.Join("; ", a.Evidence.Track)}]"))
                .Concat(result.Ended.Select(e => string.Create(CultureInfo.InvariantCulture, $"ended {e.Type} {e.Device} {e.At:O} {e.Summary}"))));
}
