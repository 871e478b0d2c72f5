using Tracker.Domain.Geography;

namespace Tracker.Domain.Supervision;

/// <summary>A stop under way of one lock: part of <see cref="SupervisorState"/>.</summary>
public sealed class StopEpisode
{
    /// <summary>The stop's first fix: it lasts while later fixes stay within the stop radius of it.</summary>
    public GeoPosition Anchor { get; set; }

    public DateTimeOffset Since { get; set; }

    /// <summary>The latest stationary fix of the stop.</summary>
    public DateTimeOffset LastAt { get; set; }

    public bool Raised { get; set; }

    /// <summary>A fix of the stop fell in a rest, seal or unseal zone: the whole stop is allowed.</summary>
    public bool InAllowedZone { get; set; }

    /// <summary>The stop's fixes while it builds up: the evidence of the raise, emptied once raised.</summary>
    public List<Observation> Track { get; set; } = [];
}
