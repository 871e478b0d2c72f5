namespace Tracker.Grains.Tracks;

public static class TrackIds
{
    /// <summary>The points a lock reported while bound to one consignment (or to none: "-").</summary>
    public static string Lock(string lockId, string? consignmentId) => $"lock/{lockId}/{consignmentId ?? "-"}";

    public static string Vehicle(string vehicleId) => $"vehicle/{vehicleId}";

    /// <summary>A vessel's AIS positions, by IMO number.</summary>
    public static string Vessel(string imo) => $"vessel/{imo}";
}
