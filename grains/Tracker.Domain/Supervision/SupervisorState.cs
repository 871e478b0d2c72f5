namespace Tracker.Domain.Supervision;

/// <summary>
/// Everything the <see cref="Supervisor"/> remembers about one transit between inputs, persisted by the grain.
/// </summary>
/// <remarks>
/// Plain mutable classes with public setters, so that System.Text.Json round-trips them with no converters and a
/// supervisor rebuilt from the JSON carries on mid-episode exactly where the old one was. The supervisor mutates
/// this instance in place; it never replaces it.
/// </remarks>
public sealed class SupervisorState
{
    /// <summary>The transit has arrived: the en-route rules (RDEV, LSTP, SLOS, OVRD, TMIS, CONN) are finished.</summary>
    public bool Arrived { get; set; }

    public DateTimeOffset? ArrivedAt { get; set; }

    /// <summary>Per lock id: the rule state of each lock that has reported at least once (an active lock).</summary>
    public Dictionary<string, LockWatch> Locks { get; set; } = [];

    /// <summary>Per vehicle id: its recent fixes, for comparison with the locks' tracks.</summary>
    public Dictionary<string, VehicleWatch> Vehicles { get; set; } = [];

    /// <summary>Per lock and vehicle pair (<c>"lockId|vehicleId"</c>): the track-mismatch episode.</summary>
    public Dictionary<string, MismatchEpisode> Mismatches { get; set; } = [];

    /// <summary>OVRD has been raised (it has a single episode, ended by arrival).</summary>
    public bool OverdueRaised { get; set; }

    public ConnectionEpisode Connection { get; set; } = new();

    /// <summary>Off-route ports already reported by UPRT, upper case, so each raises once.</summary>
    public List<string> ReportedPorts { get; set; } = [];
}
