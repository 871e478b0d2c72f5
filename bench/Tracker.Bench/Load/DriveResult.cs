namespace Tracker.Bench.Load;

/// <summary>One timed ingest window: what the host accepted with 202, how fast, and how long each call took.</summary>
public sealed record DriveResult(long Accepted, long Duplicates, long Failed, TimeSpan Elapsed, IReadOnlyCollection<double> LatenciesMs)
{
    public double PerSecond => Accepted / Elapsed.TotalSeconds;

    public double P50 => Percentiles.Of(LatenciesMs, 50);

    public double P99 => Percentiles.Of(LatenciesMs, 99);

    public override string ToString() =>
        $"{PerSecond:N0} fixes/s ({Accepted:N0} accepted, {Duplicates:N0} duplicates, {Failed:N0} failed calls in {Elapsed.TotalSeconds:0.0} s), p50 {P50:0} ms, p99 {P99:0} ms";
}
