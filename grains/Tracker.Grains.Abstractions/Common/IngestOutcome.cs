namespace Tracker.Grains.Common;

/// <summary>What one grain did with a batch of reports addressed to it.</summary>
[GenerateSerializer, Immutable, Alias("tracker.ingest-outcome")]
public sealed record IngestOutcome([property: Id(0)] int Accepted, [property: Id(1)] int Duplicates)
{
    public static IngestOutcome None { get; } = new(0, 0);
}
