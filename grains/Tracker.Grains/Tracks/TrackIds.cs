namespace Tracker.Grains.Tracks;

public static class TrackIds
{
    /// <summary>The points a lock reported while bound to one consignment (or to none: "-").</summary>
    public static string Lock(string lockId, string? consignmentId) => $"lock/{lockId}/{consignmentId ?? "-"}";

    public static string Vehicle(string vehicleId) => $"vehicle/{vehicleId}";

    /// <summary>
    /// A vessel's AIS positions of one UTC day, by IMO number: a vessel sails for years, and a consignment's
    /// track then reads the days of its voyage, not the vessel's whole history.
    /// </summary>
    public static string Vessel(string imo, DateOnly day) => $"vessel/{imo}/{day:yyyy-MM-dd}";
}
