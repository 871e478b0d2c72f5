namespace Tracker.Api.Auth;

public static class TrackerClaims
{
    public const string Role = "role";
    public const string Tenant = "tenant";
    public const string Office = "office";
    public const string Facility = "facility";
    public const string Subject = "sub";

    /// <summary>Device and gateway tokens: the lock ids, vehicle ids and MMSIs reported for (one claim each; see <see cref="DeviceScope"/>).</summary>
    public const string Devices = "devices";

    /// <summary>Device and gateway tokens: the event codes they may send (one claim each; see <see cref="DeviceScope"/>).</summary>
    public const string Codes = "codes";
}
