using System.Globalization;
using System.Text.Json.Nodes;

namespace Tracker.Simulator.Gateways;

/// <summary>
/// A lock or vehicle fix read back from the JSON the journeys build (Journeys/Messages.cs), so that one journey
/// code serves both paths: the JSON goes to the API, or its values into a JT/T 808 location report.
/// </summary>
public sealed record DeviceFix(string DeviceId, bool IsLock, DateTimeOffset Time, double Lat, double Lon, double SpeedKmh, double Heading, string? Seal, double? BatteryPct)
{
    public static DeviceFix FromLockFix(JsonNode fix) => Read(fix, "lockId", isLock: true);

    public static DeviceFix FromVehicleFix(JsonNode fix) => Read(fix, "vehicleId", isLock: false);

    private static DeviceFix Read(JsonNode fix, string idField, bool isLock)
    {
        ArgumentNullException.ThrowIfNull(fix);
        return new DeviceFix(
            fix[idField]!.GetValue<string>(),
            isLock,
            DateTimeOffset.Parse(fix["time"]!.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            fix["lat"]!.GetValue<double>(),
            fix["lon"]!.GetValue<double>(),
            fix["speedKmh"]?.GetValue<double>() ?? 0,
            fix["heading"]?.GetValue<double>() ?? 0,
            fix["seal"]?.GetValue<string>(),
            fix["batteryPct"]?.GetValue<double>());
    }
}
