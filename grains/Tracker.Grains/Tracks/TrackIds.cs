namespace Tracker.Grains.Tracks;

public static class TrackIds
{
    public static string Lock(string lockId) => $"lock/{lockId}";

    public static string Vehicle(string vehicleId) => $"vehicle/{vehicleId}";
}
