using Tracker.Domain.Supervision;
using Tracker.Grains.Alerts;

namespace Tracker.UnitTests.Alerts;

/// <summary>The alert index shard's counters follow each alert's status, in total and per office.</summary>
public sealed class AlertTallyTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    private static AlertSummary Alert(string id, AlertStatus status, params string[] offices) =>
        new(id, AnomalyType.RDEV, status, [.. offices], T0, null, null, "c1", Severity.High);

    [Fact]
    public void Counts_follow_status_changes_per_office_and_in_total()
    {
        var tally = new AlertTally();
        var a = Alert("a", AlertStatus.Open, "QD", "JZ");
        var b = Alert("b", AlertStatus.Open, "QD");
        tally.Add(a);
        tally.Add(b);

        // What the shard does on a status change: the old summary out, the new one in.
        tally.Remove(a);
        tally.Add(a with { Status = AlertStatus.Acknowledged });
        tally.Remove(b);
        tally.Add(b with { Status = AlertStatus.Resolved });

        Assert.Equal(new AlertCounts(0, 1), tally.Of("QD"));
        Assert.Equal(new AlertCounts(0, 1), tally.Of("JZ"));
        Assert.Equal(new AlertCounts(0, 1), tally.Of(null));
        Assert.Equal(AlertCounts.Zero, tally.Of("elsewhere"));
    }

    [Fact]
    public void An_office_named_twice_counts_an_alert_once()
    {
        var tally = new AlertTally();
        tally.Add(Alert("a", AlertStatus.Open, "QD", "QD"));

        Assert.Equal(new AlertCounts(1, 0), tally.Of("QD"));
    }

    [Fact]
    public void Legacy_summaries_without_severity_match_any_severity_filter_and_the_alert_decides()
    {
        var legacy = Alert("a", AlertStatus.Open, "QD") with { Severity = null };
        var query = new AlertQuery(Severity: Severity.Critical);

        Assert.True(query.Matches(legacy));
        Assert.False(query.Matches(legacy with { Severity = Severity.Low }));
        Assert.True(query.Matches(legacy with { Severity = Severity.Critical }));
    }
}
