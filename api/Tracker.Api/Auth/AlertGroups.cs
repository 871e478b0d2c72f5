namespace Tracker.Api.Auth;

/// <summary>SignalR groups for alerts: every alert goes to control's group and to each of its offices'.</summary>
public static class AlertGroups
{
    public const string All = "alerts@*";

    public static string Office(string office) => $"alerts@{office}";
}
