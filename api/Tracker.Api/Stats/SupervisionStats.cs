using Tracker.Grains.Alerts;
using Tracker.Grains.Consignments;

namespace Tracker.Api.Stats;

/// <summary>
/// The figures the reform cases report ("7,357 sealed transits, 11 anomalies found and
/// handled"): per office and period.
/// </summary>
public sealed record SupervisionStats(
    string? Office,
    DateTimeOffset? From,
    DateTimeOffset? To,
    int TransitsSupervised,
    int TransitsClosed,
    int Anomalies,
    IReadOnlyDictionary<string, int> AnomaliesByType,
    int Handled,
    int Open,
    double? MeanSecondsToAcknowledge,
    double? MeanSecondsToResolve)
{
    public static SupervisionStats Of(string? office, DateTimeOffset? from, DateTimeOffset? to, IReadOnlyList<ConsignmentSummary> transits, IReadOnlyList<AlertSummary> alerts)
    {
        var acknowledged = alerts.Where(a => a.AcknowledgedAt is not null).Select(a => (a.AcknowledgedAt!.Value - a.RaisedAt).TotalSeconds).ToList();
        var resolved = alerts.Where(a => a.ResolvedAt is not null).Select(a => (a.ResolvedAt!.Value - a.RaisedAt).TotalSeconds).ToList();
        return new SupervisionStats(
            office, from, to,
            transits.Count,
            transits.Count(t => t.Status == Domain.Transit.TransitStatus.Closed),
            alerts.Count,
            alerts.GroupBy(a => a.Type.ToString()).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            alerts.Count(a => a.Status == AlertStatus.Resolved),
            alerts.Count(a => a.Status != AlertStatus.Resolved),
            acknowledged.Count > 0 ? acknowledged.Average() : null,
            resolved.Count > 0 ? resolved.Average() : null);
    }
}
