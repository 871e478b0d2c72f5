namespace Tracker.Domain.Supervision;

/// <summary>
/// Time order, and for fixes of the same time an order on every other field, so that the same set of fixes replays the
/// same way whatever order it arrived in.
/// </summary>
internal sealed class ObservationOrder : IComparer<Observation>
{
    public static readonly ObservationOrder Instance = new();

    public int Compare(Observation? x, Observation? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var c = x.Time.CompareTo(y.Time);
        c = c != 0 ? c : x.Position.Latitude.CompareTo(y.Position.Latitude);
        c = c != 0 ? c : x.Position.Longitude.CompareTo(y.Position.Longitude);
        c = c != 0 ? c : Nullable.Compare(x.SpeedKmh, y.SpeedKmh);
        return c != 0 ? c : Nullable.Compare(x.Seal, y.Seal);
    }
}
