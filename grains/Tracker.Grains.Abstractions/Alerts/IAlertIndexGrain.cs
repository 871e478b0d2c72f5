using System.Collections.Immutable;

namespace Tracker.Grains.Alerts;

/// <summary>
/// One shard of every alert's summary (key: the shard's number, see <see cref="AlertIndex"/>),
/// for lists (newest first) and statistics.
/// </summary>
[Alias("tracker.IAlertIndexGrain")]
public interface IAlertIndexGrain : IGrainWithIntegerKey
{
    /// <summary>Stored before the call returns: an alert's every step is an officer's act or a new alert, and rare.</summary>
    [Alias("upsert")]
    Task Upsert(AlertSummary alert);

    /// <summary>Up to <see cref="AlertQuery.Take"/> + 1 of this shard's matches after the query's cursor, newest first.</summary>
    [Alias("list")]
    Task<ImmutableArray<AlertSummary>> List(AlertQuery query);

    /// <summary>This shard's open and acknowledged alerts of an office (null: all), from counters kept as alerts change.</summary>
    [Alias("counts")]
    Task<AlertCounts> Counts(string? office);
}
