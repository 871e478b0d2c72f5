using Tracker.Grains.Devices;

namespace Tracker.Api.Devices;

/// <summary>A registered device as the admin API shows it; the auth code is what the gateway hands the terminal.</summary>
public sealed record DeviceResponse(
    string TerminalId, string Protocol, string? LockId, string? VehicleId, string? Model, DateTimeOffset RegisteredAt, string AuthCode)
{
    public static DeviceResponse From(DeviceRecord d) =>
        new(d.TerminalId, DeviceValidator.WireName(d.Protocol), d.LockId, d.VehicleId, d.Model, d.RegisteredAt, d.AuthCode);
}

/// <summary>A page of devices, newest registration first; <see cref="Next"/> is the <c>page</c> of the one after it (null: the last).</summary>
public sealed record DevicePage(IReadOnlyList<DeviceResponse> Items, string? Next);
