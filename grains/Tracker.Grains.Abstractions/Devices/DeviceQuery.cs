using Tracker.Grains.Common;

namespace Tracker.Grains.Devices;

/// <summary>A page of the device list, newest registration first, after <see cref="After"/>.</summary>
[GenerateSerializer, Immutable, Alias("tracker.device-query")]
public sealed record DeviceQuery(
    [property: Id(0)] int Take = 100,
    [property: Id(1)] KeysetCursor? After = null);
