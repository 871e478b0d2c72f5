namespace Tracker.Grains.Devices;

/// <summary>
/// Keyed by what a device reports for (see <see cref="DeviceDirectory.BindingOfLock"/>): lets at most one
/// terminal report for one lock or one vehicle, or its fixes would interleave into one track.
/// </summary>
[Alias("tracker.IDeviceBindingGrain")]
public interface IDeviceBindingGrain : IGrainWithStringKey
{
    /// <summary>
    /// Binds to <paramref name="terminalId"/>; null when bound (or already bound to it), or the terminal that holds it.
    /// A holder that no longer claims the binding (see <see cref="IDeviceGrain.Holds"/>) is replaced.
    /// </summary>
    [Alias("claim")]
    Task<string?> Claim(string terminalId);

    /// <summary>Frees the binding if <paramref name="terminalId"/> holds it.</summary>
    [Alias("release")]
    Task Release(string terminalId);
}
