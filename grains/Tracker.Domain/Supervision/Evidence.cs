namespace Tracker.Domain.Supervision;

/// <summary>What proves an anomaly to the officer who has to verify it.</summary>
/// <param name="DistanceFromCorridorMeters">
/// How far the position is beyond the corridor's edge (the buffer around the centre line), 0 inside it; null when
/// there is no position or no corridor.
/// </param>
/// <param name="Duration">How long the condition had lasted when it was raised (outside, stopped, silent, late...).</param>
/// <param name="Track">
/// The fixes of the episode up to the raising one, oldest first; long episodes keep their first fix and the latest
/// ones (at most 50).
/// </param>
/// <param name="Summary">One human sentence, e.g. "412 m outside the corridor for 6 min".</param>
public sealed record Evidence(
    double? DistanceFromCorridorMeters,
    TimeSpan? Duration,
    IReadOnlyList<Observation> Track,
    string Summary);
