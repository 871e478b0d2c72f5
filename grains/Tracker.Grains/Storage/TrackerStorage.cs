namespace Tracker.Grains.Storage;

public static class TrackerStorage
{
    /// <summary>The named grain storage every Tracker grain persists through.</summary>
    public const string Name = "tracker";
}
