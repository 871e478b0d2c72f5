namespace Tracker.Grains.Devices;

/// <summary>One registered device (key: its terminal id, leading zeros stripped).</summary>
[Alias("tracker.IDeviceGrain")]
public interface IDeviceGrain : IGrainWithStringKey
{
    /// <summary>The registration, or null when the terminal is unknown (or was deleted).</summary>
    [Alias("get")]
    Task<DeviceRecord?> Get();
}
