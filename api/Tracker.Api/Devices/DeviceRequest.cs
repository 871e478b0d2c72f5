namespace Tracker.Api.Devices;

/// <summary>The body of <c>POST /api/v1/devices</c>: every field nullable, so that a missing one is a problem naming it.</summary>
public sealed record DeviceRequest(string? TerminalId, string? Protocol, string? LockId, string? VehicleId, string? Model);
