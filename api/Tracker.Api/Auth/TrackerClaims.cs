namespace Tracker.Api.Auth;

public static class TrackerClaims
{
    public const string Role = "role";
    public const string Tenant = "tenant";
    public const string Office = "office";
    public const string Facility = "facility";
    public const string Subject = "sub";
}
