namespace Tracker.Domain.Supervision;

/// <summary>Collects what the rules raise and end while one input is processed.</summary>
internal sealed class Outcome
{
    private List<Anomaly>? _raised;
    private List<EpisodeEnd>? _ended;

    public void Raise(Anomaly anomaly) => (_raised ??= []).Add(anomaly);

    public void End(AnomalyType type, string? device, DateTimeOffset at, string summary) =>
        (_ended ??= []).Add(new EpisodeEnd(type, device, at, summary));

    public SupervisionResult ToResult() =>
        _raised is null && _ended is null
            ? SupervisionResult.Empty
            : new SupervisionResult(_raised?.ToArray() ?? [], _ended?.ToArray() ?? []);
}
