namespace Tracker.Domain.Supervision;

/// <summary>The end of an episode whose anomaly was raised, e.g. the return into the corridor after a deviation.</summary>
/// <remarks>
/// Only raised episodes end visibly: a condition that cleared before its tolerance ran out never became an anomaly.
/// <see cref="Device"/> equals the raising <see cref="Anomaly.Device"/>, so the pair can be matched.
/// </remarks>
public sealed record EpisodeEnd(AnomalyType Type, string? Device, DateTimeOffset At, string Summary);
