namespace Tracker.Grains.Alerts;

/// <summary>The alert after an action, or why the action does not apply to it.</summary>
[GenerateSerializer, Immutable, Alias("tracker.alert-action")]
public sealed record AlertActionResult([property: Id(0)] AlertView? Alert, [property: Id(1)] string? Refusal = null)
{
    public static AlertActionResult Done(AlertView alert) => new(alert);

    public static AlertActionResult Refused(AlertView? alert, string why) => new(alert, why);
}
