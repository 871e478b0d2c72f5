using Tracker.Grains.Common;
using Tracker.Grains.Live;
using Tracker.Grains.Storage;

namespace Tracker.Grains.Alerts;

/// <summary>
/// Alerts are rare and each step is an officer's act: every change is written before the
/// call returns, then indexed and pushed to the alerts view at once.
/// </summary>
public sealed class AlertGrain(
    [PersistentState("alert", TrackerStorage.Name)] IPersistentState<AlertState> state,
    TimeProvider clock) : Grain, IAlertGrain
{
    public async Task<bool> Raise(AlertView alert)
    {
        if (state.State.Alert is not null)
        {
            return false;
        }

        await Save(alert with { Status = AlertStatus.Open, History = [new AlertHistoryEntry(AlertStatus.Open, "supervision", alert.RaisedAt)] });
        return true;
    }

    public async Task EpisodeEnded(DateTimeOffset at, string summary)
    {
        if (state.State.Alert is { Evidence.EndedAt: null } alert)
        {
            await Save(alert with { Evidence = alert.Evidence with { EndedAt = at, EndedSummary = summary } });
        }
    }

    public async Task<AlertActionResult> Acknowledge(string by, string? note)
    {
        var alert = state.State.Alert;
        if (alert?.Status != AlertStatus.Open)
        {
            return AlertActionResult.Refused(alert, alert is null ? "no such alert" : $"the alert is {alert.Status.ToString().ToUpperInvariant()} already");
        }

        return AlertActionResult.Done(await Save(alert with
        {
            Status = AlertStatus.Acknowledged,
            History = alert.History.Add(new AlertHistoryEntry(AlertStatus.Acknowledged, by, clock.GetUtcNow(), note)),
        }));
    }

    public async Task<AlertActionResult> Resolve(string by, Disposition disposition, string? note)
    {
        var alert = state.State.Alert;
        if (alert is null || alert.Status == AlertStatus.Resolved)
        {
            return AlertActionResult.Refused(alert, alert is null ? "no such alert" : "the alert is RESOLVED already");
        }

        return AlertActionResult.Done(await Save(alert with
        {
            Status = AlertStatus.Resolved,
            History = alert.History.Add(new AlertHistoryEntry(AlertStatus.Resolved, by, clock.GetUtcNow(), note, disposition)),
        }));
    }

    public Task<AlertView?> Get() => Task.FromResult(state.State.Alert);

    private async Task<AlertView> Save(AlertView alert)
    {
        state.State.Alert = alert;
        await state.WriteStateAsync();
        await GrainFactory.AlertShardOf(alert.Id).Upsert(AlertSummary.Of(alert));
        await GrainFactory.Shard(Shards.Of(alert.ConsignmentId, LiveIndex.ShardCount)).PushAlert(alert);
        return alert;
    }
}
