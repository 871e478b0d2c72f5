namespace Tracker.Grains.Live;

/// <summary>
/// Which items the live index forgets: the objects of a transit closed a while ago (the map has
/// let them go), and objects silent for long. Without it a snapshot would carry every lock and
/// truck the port has ever seen.
/// </summary>
public static class LiveRetention
{
    /// <summary>A lock no transit holds: never indexed (stores written before that rule lose theirs at the next checkpoint).</summary>
    public static bool UnboundLock(LiveItem item) => item is { Kind: LiveKind.Lock, ConsignmentId: null };

    public static List<string> Expired(IReadOnlyDictionary<string, LiveItem> latest, DateTimeOffset now, LiveIndexOptions options)
    {
        var closedBefore = now - options.ClosedRetention;
        var closed = latest.Values
            .Where(i => i is { Kind: LiveKind.Consignment, Status: "CLOSED", ConsignmentId: not null } && i.Time < closedBefore)
            .Select(i => i.ConsignmentId!)
            .ToHashSet(StringComparer.Ordinal);
        var silentBefore = now - options.SilentRetention;
        return [.. latest.Values
            .Where(i => i.Time < silentBefore || (i.ConsignmentId is { } transit && closed.Contains(transit)) || UnboundLock(i))
            .Select(i => i.Id)];
    }
}
