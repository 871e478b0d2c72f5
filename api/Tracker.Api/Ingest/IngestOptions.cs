using Tracker.Domain.Timing;

namespace Tracker.Api.Ingest;

/// <summary>The "Ingest" configuration section.</summary>
public sealed class IngestOptions
{
    public const string Section = "Ingest";

    /// <summary>How far ahead of the server clock a lock or vehicle fix may be stamped (<c>Ingest:FixClockSkew</c>).</summary>
    public TimeSpan FixClockSkew { get; set; } = SaneTimes.FixClockSkew;
}
