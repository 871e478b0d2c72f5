namespace Tracker.Grains.Devices;

/// <summary>
/// A device in the registry: the terminal id as the terminal sends it (leading zeros stripped), what it
/// reports for (exactly one of <see cref="LockId"/> and <see cref="VehicleId"/>), its model (which
/// alarm-bit mapping applies) and the auth code the gateway hands it at registration (0x8100) and checks
/// at authentication (0x0102).
/// </summary>
[GenerateSerializer, Immutable, Alias("tracker.device-record")]
public sealed record DeviceRecord(
    [property: Id(0)] string TerminalId,
    [property: Id(1)] DeviceProtocol Protocol,
    [property: Id(2)] string? LockId,
    [property: Id(3)] string? VehicleId,
    [property: Id(4)] string? Model,
    [property: Id(5)] string AuthCode,
    [property: Id(6)] DateTimeOffset RegisteredAt);
