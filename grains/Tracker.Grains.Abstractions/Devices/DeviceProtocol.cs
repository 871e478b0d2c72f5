namespace Tracker.Grains.Devices;

/// <summary>The wire protocol a registered device speaks to its gateway.</summary>
public enum DeviceProtocol
{
    Jt808,
}
