namespace Tracker.Domain.Supervision;

/// <summary>What one input to the <see cref="Supervisor"/> changed: anomalies raised and episodes ended.</summary>
public sealed record SupervisionResult(IReadOnlyList<Anomaly> Raised, IReadOnlyList<EpisodeEnd> Ended)
{
    public static SupervisionResult Empty { get; } = new([], []);

    public bool IsEmpty => Raised.Count == 0 && Ended.Count == 0;
}
