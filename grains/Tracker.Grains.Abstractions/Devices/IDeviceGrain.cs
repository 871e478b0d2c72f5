using Orleans.Concurrency;

namespace Tracker.Grains.Devices;

/// <summary>One registered device (key: its terminal id, leading zeros stripped).</summary>
[Alias("tracker.IDeviceGrain")]
public interface IDeviceGrain : IGrainWithStringKey
{
    /// <summary>The registration, or null when the terminal is unknown (or was deleted).</summary>
    [Alias("get")]
    Task<DeviceRecord?> Get();

    /// <summary>
    /// Registers the terminal for what <paramref name="registration"/> names, with a fresh auth code. The same
    /// registration again returns the stored record (same auth code, <see cref="DeviceRegisterResult.Created"/>
    /// false); a different one, or a lock or vehicle already bound to another terminal, is a conflict.
    /// </summary>
    [Alias("register")]
    Task<DeviceRegisterResult> Register(DeviceRegistration registration);

    /// <summary>Removes the registration and frees its lock or vehicle; false when the terminal is unknown.</summary>
    [Alias("delete")]
    Task<bool> Delete();

    /// <summary>
    /// Whether this terminal is bound (or being bound) to <paramref name="binding"/>: lets a binding left behind by
    /// a registration or deletion that failed half way be taken over. Interleaves, because the binding grain asks it
    /// while this terminal may itself be waiting on that binding grain.
    /// </summary>
    [Alias("holds"), AlwaysInterleave]
    Task<bool> Holds(string binding);
}
