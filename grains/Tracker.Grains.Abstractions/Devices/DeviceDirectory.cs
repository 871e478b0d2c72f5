using System.Collections.Immutable;
using Tracker.Grains.Common;

namespace Tracker.Grains.Devices;

/// <summary>The list of devices, spread over <see cref="ShardCount"/> shard grains by terminal id, read newest first.</summary>
public static class DeviceDirectory
{
    /// <summary>Fixed: a device's shard is found by its terminal id.</summary>
    public const int ShardCount = 8;

    public static KeysetCursor Key(DeviceRecord d) => new(d.RegisteredAt, d.TerminalId);

    public static IDeviceDirectoryGrain ShardOf(IGrainFactory grains, string terminalId) =>
        grains.Ref<IDeviceDirectoryGrain>(Shards.Of(terminalId, ShardCount));

    public static string BindingOfLock(string lockId) => $"lock.{lockId}";

    public static string BindingOfVehicle(string vehicleId) => $"vehicle.{vehicleId}";

    /// <summary>The binding key of what a device reports for: its lock, else its vehicle.</summary>
    public static string BindingOf(string? lockId, string? vehicleId) =>
        lockId is not null ? BindingOfLock(lockId) : BindingOfVehicle(vehicleId ?? throw new ArgumentException("A device reports for a lock or a vehicle.", nameof(vehicleId)));

    public static Task<(ImmutableArray<DeviceRecord> Items, KeysetCursor? Next)> List(IGrainFactory grains, DeviceQuery query) =>
        Keyset.Page(ShardCount, s => grains.Ref<IDeviceDirectoryGrain>(s).List(query), query.Take, Key);
}
