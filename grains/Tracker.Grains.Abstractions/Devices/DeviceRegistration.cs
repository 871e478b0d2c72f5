namespace Tracker.Grains.Devices;

/// <summary>What a terminal reports for: exactly one of <see cref="LockId"/> and <see cref="VehicleId"/> (checked by the caller).</summary>
[GenerateSerializer, Immutable, Alias("tracker.device-registration")]
public sealed record DeviceRegistration(
    [property: Id(0)] DeviceProtocol Protocol,
    [property: Id(1)] string? LockId,
    [property: Id(2)] string? VehicleId,
    [property: Id(3)] string? Model);
