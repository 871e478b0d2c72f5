namespace Tracker.Grains.Devices;

public sealed class DeviceBindingState
{
    /// <summary>The terminal that reports for the lock or vehicle, or null when free.</summary>
    public string? TerminalId { get; set; }
}
