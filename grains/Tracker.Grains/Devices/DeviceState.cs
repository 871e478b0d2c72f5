namespace Tracker.Grains.Devices;

public sealed class DeviceState
{
    /// <summary>Null while the terminal is unknown or after it was deleted.</summary>
    public DeviceRecord? Record { get; set; }
}
