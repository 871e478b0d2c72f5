namespace Tracker.Domain.Supervision;

/// <summary>Keeps bounded lists of fixes in persisted state.</summary>
internal static class TrackExcerpt
{
    /// <summary>Fixes kept as evidence of one episode: enough to draw it, small enough to persist per lock.</summary>
    public const int Capacity = 50;

    /// <summary>Recent fixes kept per device: about half an hour at 30 s, enough to pair lock and vehicle fixes.</summary>
    public const int RecentCapacity = 60;

    /// <summary>Fixes of the recent track attached to anomalies that have no episode track of their own.</summary>
    public const int RecentEvidence = 10;

    /// <summary>Appends an episode fix; when full, drops the second one, so the first fix (the start) and the latest stay.</summary>
    public static void AppendKeepingFirst(List<Observation> track, Observation fix)
    {
        if (track.Count >= Capacity)
        {
            track.RemoveAt(1);
        }

        track.Add(fix);
    }

    /// <summary>Appends a fix to a device's recent track, dropping the oldest when full.</summary>
    public static void AppendRecent(List<Observation> recent, Observation fix)
    {
        if (recent.Count >= RecentCapacity)
        {
            recent.RemoveAt(0);
        }

        recent.Add(fix);
    }

    public static Observation[] Tail(List<Observation> recent) =>
        [.. recent.Skip(Math.Max(0, recent.Count - RecentEvidence))];
}
