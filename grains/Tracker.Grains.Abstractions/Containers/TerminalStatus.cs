using Tracker.Domain.Events;

namespace Tracker.Grains.Containers;

/// <summary>Where the terminal last saw the container and what it last did with it.</summary>
[GenerateSerializer, Immutable, Alias("tracker.terminal-status")]
public sealed record TerminalStatus(
    [property: Id(0)] EventCode? LastCode = null,
    [property: Id(1)] DateTimeOffset? UpdatedAt = null,
    [property: Id(2)] string? UnLocode = null,
    [property: Id(3)] string? Facility = null,
    [property: Id(4)] DateTimeOffset? GateInAt = null,
    [property: Id(5)] DateTimeOffset? GateOutAt = null,
    [property: Id(6)] DateTimeOffset? LoadedAt = null,
    [property: Id(7)] DateTimeOffset? DischargedAt = null)
{
    public static TerminalStatus None { get; } = new();

    /// <summary>Inside the terminal gate: gated in and not gated out since.</summary>
    public bool InTerminal => GateInAt is { } gin && (GateOutAt is null || gin > GateOutAt);
}
