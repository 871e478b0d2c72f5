using Tracker.Domain.Geography;

namespace Tracker.Domain.Supervision;

/// <summary>An anomaly raised by a rule: once per episode, with the evidence that shows it.</summary>
/// <param name="At">When the rule's condition was met (the raising fix's time, or the clock for SLOS and OVRD).</param>
/// <param name="Position">Where it happened, when a position is known.</param>
/// <param name="Device">
/// The lock it concerns (for TMIS the lock compared with the vehicle); null for transit-wide anomalies (OVRD,
/// CONN, UPRT). The matching <see cref="EpisodeEnd"/> carries the same value.
/// </param>
/// <param name="Late">Raised by a fix that came after newer ones (replayed in time order): <paramref name="At"/> is its event time.</param>
public sealed record Anomaly(
    AnomalyType Type,
    Severity Severity,
    DateTimeOffset At,
    GeoPosition? Position,
    string? Device,
    Evidence Evidence,
    bool Late = false);
