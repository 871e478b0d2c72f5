namespace Tracker.Api.Auth;

/// <summary>The roles of API.md; each is also the name of a policy.</summary>
public static class Roles
{
    public const string Control = "control";
    public const string Enterprise = "enterprise";
    public const string Customs = "customs";
    public const string Device = "device";
    public const string Admin = "admin";

    /// <summary>A terminal company (claim facility): its own workflow steps, such as confirming an arrival-report deletion.</summary>
    public const string Terminal = "terminal";

    public static readonly IReadOnlyList<string> All = [Control, Enterprise, Customs, Terminal, Device, Admin];
}
