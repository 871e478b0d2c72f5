namespace Tracker.Grains.Alerts;

/// <summary>
/// A shard's open and acknowledged alerts counted in total and per office, kept in step with its summaries, so that
/// the console's badge costs one read per shard instead of a scan of every alert. Rebuilt from the summaries at
/// activation, so it needs no storage of its own and cannot drift from what is stored.
/// </summary>
public sealed class AlertTally
{
    private readonly Dictionary<string, (int Open, int Acknowledged)> _byOffice = new(StringComparer.Ordinal);
    private (int Open, int Acknowledged) _all;

    public void Add(AlertSummary alert) => Count(alert, +1);

    public void Remove(AlertSummary alert) => Count(alert, -1);

    public AlertCounts Of(string? office)
    {
        var (open, acknowledged) = office is null ? _all : _byOffice.GetValueOrDefault(office);
        return new AlertCounts(open, acknowledged);
    }

    private void Count(AlertSummary alert, int sign)
    {
        var (open, acknowledged) = alert.Status switch
        {
            AlertStatus.Open => (sign, 0),
            AlertStatus.Acknowledged => (0, sign),
            _ => (0, 0),
        };
        if (open == 0 && acknowledged == 0)
        {
            return;
        }

        _all = (_all.Open + open, _all.Acknowledged + acknowledged);
        foreach (var office in alert.Offices.Distinct(StringComparer.Ordinal))
        {
            var (o, a) = _byOffice.GetValueOrDefault(office);
            (o, a) = (o + open, a + acknowledged);
            if (o == 0 && a == 0)
            {
                _byOffice.Remove(office);
            }
            else
            {
                _byOffice[office] = (o, a);
            }
        }
    }
}
