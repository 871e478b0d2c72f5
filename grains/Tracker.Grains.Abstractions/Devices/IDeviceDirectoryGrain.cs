using System.Collections.Immutable;

namespace Tracker.Grains.Devices;

/// <summary>One shard of the list of devices (key: the shard's number, see <see cref="DeviceDirectory"/>).</summary>
[Alias("tracker.IDeviceDirectoryGrain")]
public interface IDeviceDirectoryGrain : IGrainWithIntegerKey
{
    /// <summary>Stored before the call returns; the same record twice is kept once.</summary>
    [Alias("upsert")]
    Task Upsert(DeviceRecord device);

    [Alias("remove")]
    Task Remove(string terminalId);

    /// <summary>Up to <see cref="DeviceQuery.Take"/> + 1 of this shard's devices after the query's cursor, newest first.</summary>
    [Alias("list")]
    Task<ImmutableArray<DeviceRecord>> List(DeviceQuery query);
}
