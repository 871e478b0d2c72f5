using System.Collections.Immutable;
using Tracker.Grains.Storage;

namespace Tracker.Grains.Alerts;

public sealed class AlertIndexGrain(
    [PersistentState("alerts", TrackerStorage.Name)] IPersistentState<AlertIndexState> state) : Grain, IAlertIndexGrain
{
    public async Task Upsert(AlertSummary alert)
    {
        if (state.State.Alerts.TryGetValue(alert.Id, out var known) && known with { Offices = [] } == alert with { Offices = [] })
        {
            return;
        }

        state.State.Alerts[alert.Id] = alert;
        await state.WriteStateAsync();
    }

    public Task<ImmutableArray<AlertSummary>> List(AlertQuery query) => Task.FromResult(state.State.Alerts.Values
        .Where(a => query.Status is null || a.Status == query.Status)
        .Where(a => query.Office is null || a.Offices.Contains(query.Office))
        .Where(a => query.Type is null || a.Type == query.Type)
        .Where(a => query.Since is null || a.RaisedAt >= query.Since)
        .Where(a => query.Until is null || a.RaisedAt <= query.Until)
        .OrderByDescending(a => a.RaisedAt)
        .ThenBy(a => a.Id, StringComparer.Ordinal)
        .Take(query.Take)
        .ToImmutableArray());
}
