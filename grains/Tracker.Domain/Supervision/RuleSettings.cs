using Tracker.Domain.Transit;

namespace Tracker.Domain.Supervision;

/// <summary>
/// Every tunable number of the anomaly rules. The initial values are the road defaults; <see cref="For"/> gives
/// each mode's, and a consignment overrides any of them with <c>with</c>.
/// </summary>
/// <remarks>
/// The sources give none of these numbers, so each default states the reasoning behind it. Distances and times come
/// in pairs on purpose: a distance threshold with a second, nearer one to come back (hysteresis) keeps GPS noise at
/// an edge from toggling a condition, and a time tolerance keeps a single bad fix from raising an alert.
/// </remarks>
public sealed record RuleSettings
{
    /// <summary>
    /// How far beyond the corridor's buffer a lock must be before it counts as outside (RDEV). Road: 200 m, about
    /// ten times consumer GNSS error, so noise never enters, yet a turn into a side road a block away does.
    /// </summary>
    /// <remarks>The lock counts as back inside only within the buffer: the gap between the two is the hysteresis.</remarks>
    public double DeviationDistanceMeters { get; init; } = 200;

    /// <summary>
    /// How long a lock must stay outside before RDEV is raised. Road: 3 min, longer than a wrong turn takes to
    /// correct or a tunnel's multipath lasts, short enough that a diversion is caught before goods can be unloaded.
    /// </summary>
    public TimeSpan DeviationTolerance { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>
    /// How long a lock must be back inside before the deviation episode ends. Road: 2 min, so a truck that re-enters
    /// for a moment and leaves again stays in one episode (one alert), not two.
    /// </summary>
    public TimeSpan DeviationReturnTolerance { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Reported speeds below this count as stationary (LSTP). Road: 5 km/h, above the 1-3 km/h a parked GNSS
    /// receiver reports from noise, below walking pace, so a crawl in a jam still counts as moving when it makes way.
    /// </summary>
    public double StopSpeedKmh { get; init; } = 5;

    /// <summary>
    /// A stop lasts while fixes stay within this distance of the stop's first fix. Road: 100 m, several times GNSS
    /// noise, so a parked truck is one stop; a truck creeping through a jam leaves the circle and is not stopped.
    /// </summary>
    public double StopRadiusMeters { get; init; } = 100;

    /// <summary>
    /// A stop outside the rest, seal and unseal zones longer than this raises LSTP. Road: 30 min, beyond lights,
    /// queues and tolls, the time a container could be opened and reloaded.
    /// </summary>
    public TimeSpan LongStopLimit { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// An active lock silent longer than this raises SLOS. Road: 10 min, locks report every 30-60 s while moving,
    /// so this is many missed reports, more than a tunnel or a dead spot explains.
    /// </summary>
    public TimeSpan SignalLostLimit { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The longest silence between two fixes of one device that the rules bridge; null means
    /// <see cref="SignalLostLimit"/>. A longer gap is a blind spot: a stop, a deviation or a mismatch that has not
    /// been raised yet restarts at the fix after it, because nobody saw what happened in between; the silence itself
    /// is SLOS's to report.
    /// </summary>
    public TimeSpan? MaxFixGap { get; init; }

    /// <summary>
    /// Time after the deadline before OVRD is raised. Road: 15 min, to let the destination gate's arrival event
    /// reach the tracker; the deadline itself is customs' and not stretched further.
    /// </summary>
    public TimeSpan OverdueGrace { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Lock and vehicle further apart than this count as apart (TMIS). Road: 300 m, far more than the two receivers'
    /// noise plus a truck's length, well under what it takes to park the container elsewhere and drive off.
    /// </summary>
    public double MismatchDistanceMeters { get; init; } = 300;

    /// <summary>
    /// Lock and vehicle within this distance count as together again. Road: 150 m, half the mismatch distance
    /// (hysteresis). Values above <see cref="MismatchDistanceMeters"/> are treated as equal to it.
    /// </summary>
    public double MismatchReturnDistanceMeters { get; init; } = 150;

    /// <summary>
    /// How long lock and vehicle must stay apart before TMIS is raised. Road: 3 min, so a clock skew between the two
    /// devices or one bad fix never raises it.
    /// </summary>
    public TimeSpan MismatchTolerance { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>How long lock and vehicle must stay together before a mismatch episode ends. Road: 2 min.</summary>
    public TimeSpan MismatchReturnTolerance { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// A feeder ETA later than the mainline cut-off minus this raises CONN. 2 h: the time the hub terminal needs
    /// to discharge, move and load a transfer box, so the warning comes while the box can still be re-planned.
    /// </summary>
    public TimeSpan ConnectionMargin { get; init; } = TimeSpan.FromHours(2);

    /// <summary>
    /// A connection at risk counts as safe again only when the ETA is this much earlier than the margin's edge.
    /// 15 min: ETAs are revised by minutes at every AIS update, and without it one hovering at the edge would end and
    /// raise the episode again and again.
    /// </summary>
    public TimeSpan ConnectionRecoveryHysteresis { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>The gap beyond which consecutive fixes are not bridged: <see cref="MaxFixGap"/> or else <see cref="SignalLostLimit"/>.</summary>
    public TimeSpan FixGapLimit => MaxFixGap ?? SignalLostLimit;

    /// <summary>The defaults of a mode of transport.</summary>
    public static RuleSettings For(ConsignmentMode mode) => mode switch
    {
        ConsignmentMode.Road => Road,
        ConsignmentMode.Rail => Rail,
        ConsignmentMode.Water => Water,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "not a consignment mode"),
    };

    private static RuleSettings Road { get; } = new();

    private static RuleSettings Rail { get; } = new()
    {
        // Trains cannot leave the track, so a deviation is a wrong branch at a junction: tracks run in parallel
        // bundles hundreds of metres wide near yards, and stations give poor GNSS, so the bar is higher.
        DeviationDistanceMeters = 500,
        DeviationTolerance = TimeSpan.FromMinutes(5),
        DeviationReturnTolerance = TimeSpan.FromMinutes(3),

        // Shunting moves a wagon back and forth inside a yard without it going anywhere.
        StopRadiusMeters = 300,

        // Freight trains wait at sidings for passenger traffic; 90 min is longer than a usual wait.
        LongStopLimit = TimeSpan.FromMinutes(90),

        // Tunnels, cuttings and steel wagons block the sky for longer than on a road.
        SignalLostLimit = TimeSpan.FromMinutes(20),
        OverdueGrace = TimeSpan.FromHours(1),

        // The locomotive's GNSS can be a whole train length (up to about 1 km) from a lock on the last wagon.
        MismatchDistanceMeters = 1_500,
        MismatchReturnDistanceMeters = 1_000,
        MismatchTolerance = TimeSpan.FromMinutes(5),
        MismatchReturnTolerance = TimeSpan.FromMinutes(3),
    };

    private static RuleSettings Water { get; } = new()
    {
        // Vessels route around weather and traffic separation schemes kilometres off a nominal lane.
        DeviationDistanceMeters = 5_000,
        DeviationTolerance = TimeSpan.FromMinutes(20),
        DeviationReturnTolerance = TimeSpan.FromMinutes(10),

        // A ship at anchor swings around it at under a knot (1.85 km/h) in a circle of several hundred metres.
        StopSpeedKmh = 2,
        StopRadiusMeters = 1_000,

        // Waiting at anchorage for a berth or a pilot is routine for hours.
        LongStopLimit = TimeSpan.FromHours(4),

        // Locks in a stack under deck reach the sky only intermittently.
        SignalLostLimit = TimeSpan.FromMinutes(60),

        // Berthing windows slip with tide and pilotage.
        OverdueGrace = TimeSpan.FromHours(2),

        // The AIS antenna can be 400 m from a box on a large ship, and AIS positions lag.
        MismatchDistanceMeters = 2_000,
        MismatchReturnDistanceMeters = 1_000,
        MismatchTolerance = TimeSpan.FromMinutes(30),
        MismatchReturnTolerance = TimeSpan.FromMinutes(15),
    };
}
