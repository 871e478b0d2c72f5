using System.Collections.Immutable;

namespace Tracker.Grains.Alerts;

/// <summary>Every alert's summary, for lists (newest first) and statistics. Alerts are few.</summary>
[Alias("tracker.IAlertIndexGrain")]
public interface IAlertIndexGrain : IGrainWithIntegerKey
{
    [Alias("upsert")]
    Task Upsert(AlertSummary alert);

    [Alias("list")]
    Task<ImmutableArray<AlertSummary>> List(AlertQuery query);
}
