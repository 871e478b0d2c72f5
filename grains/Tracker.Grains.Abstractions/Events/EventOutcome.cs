namespace Tracker.Grains.Events;

/// <summary>What a grain did with one event: applied, already seen, or refused with a reason.</summary>
[GenerateSerializer, Immutable, Alias("tracker.event-outcome")]
public sealed record EventOutcome(
    [property: Id(0)] EventDisposition Disposition,
    [property: Id(1)] string? Reason = null,
    [property: Id(2)] string? Field = null)
{
    public static EventOutcome Applied { get; } = new(EventDisposition.Applied);
    public static EventOutcome Duplicate { get; } = new(EventDisposition.Duplicate);
    /// <summary>Refused, naming the request field at fault.</summary>
    public static EventOutcome Refused(string field, string reason) => new(EventDisposition.Refused, reason, field);
}

[GenerateSerializer, Alias("tracker.event-disposition")]
public enum EventDisposition
{
    Applied,
    Duplicate,
    Refused,
}
