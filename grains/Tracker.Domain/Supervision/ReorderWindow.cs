namespace Tracker.Domain.Supervision;

/// <summary>
/// The recent fixes of one lock in time order, with the rule state before the first of them, so that a late fix
/// (older than the latest processed) is evaluated in its place: the rules are replayed from <see cref="Base"/> over
/// the fixes with the late one inserted (issue 13 item 10). Part of <see cref="LockWatch"/>, persisted with it.
/// </summary>
/// <remarks>
/// Bounded by <see cref="Capacity"/>: when full, the older half is folded into <see cref="Base"/>. A fix older than
/// the window's first, once the window has folded, is too late to place and changes nothing.
/// </remarks>
public sealed class ReorderWindow
{
    /// <summary>Two hours of fixes at 30 s: a lock out of coverage for that long still has its buffer evaluated in order.</summary>
    public const int Capacity = 240;

    /// <summary>The lock's rule state (a <see cref="LockWatch"/> without its window) before <see cref="Fixes"/>, as JSON.</summary>
    public string? Base { get; set; }

    /// <summary>
    /// Fixes were folded into <see cref="Base"/>: a fix older than the first of <see cref="Fixes"/> is too late to place.
    /// Until then the base is the lock before any fix, and every late fix has its place.
    /// </summary>
    public bool Folded { get; set; }

    /// <summary>The fixes processed since <see cref="Base"/>, in time order, each once.</summary>
    public List<Observation> Fixes { get; set; } = [];

    /// <summary>What was raised and ended from these fixes, so that a replay reports only what is new.</summary>
    public List<EmittedEpisode> Emitted { get; set; } = [];
}

/// <summary>An anomaly raised (or an episode ended) from the fixes of a <see cref="ReorderWindow"/>.</summary>
public sealed record EmittedEpisode(AnomalyType Type, bool Ended, DateTimeOffset At);
