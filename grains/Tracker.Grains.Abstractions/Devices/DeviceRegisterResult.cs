namespace Tracker.Grains.Devices;

/// <summary>
/// The outcome of a registration: the stored <see cref="Device"/>, or a conflict naming the request field
/// (<see cref="ConflictField"/>: protocol, lockId, vehicleId or model) and what already holds it
/// (<see cref="ConflictWith"/>: the other terminal, or this terminal's stored value).
/// </summary>
[GenerateSerializer, Immutable, Alias("tracker.device-register-result")]
public sealed record DeviceRegisterResult(
    [property: Id(0)] DeviceRecord? Device,
    [property: Id(1)] bool Created,
    [property: Id(2)] string? ConflictField = null,
    [property: Id(3)] string? ConflictWith = null)
{
    public static DeviceRegisterResult Conflict(string field, string? with) => new(null, false, field, with);
}
