namespace Tracker.Grains.Alerts;

/// <summary>One alert, keyed by its id; its history only grows.</summary>
[Alias("tracker.IAlertGrain")]
public interface IAlertGrain : IGrainWithStringKey
{
    /// <summary>Creates the alert; raising the same id again changes nothing (journal replay).</summary>
    [Alias("raise")]
    Task<bool> Raise(AlertView alert);

    /// <summary>The episode ended (e.g. back inside the corridor): recorded as evidence, status unchanged.</summary>
    [Alias("ended")]
    Task EpisodeEnded(DateTimeOffset at, string summary);

    [Alias("ack")]
    Task<AlertActionResult> Acknowledge(string by, string? note);

    [Alias("resolve")]
    Task<AlertActionResult> Resolve(string by, Disposition disposition, string? note);

    [Alias("get")]
    Task<AlertView?> Get();
}
