namespace Tracker.Api.Auth;

/// <summary>The roles of API.md; each is also the name of a policy.</summary>
public static class Roles
{
    public const string Control = "control";
    public const string Enterprise = "enterprise";
    public const string Customs = "customs";
    public const string Device = "device";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Control, Enterprise, Customs, Device, Admin];
}
