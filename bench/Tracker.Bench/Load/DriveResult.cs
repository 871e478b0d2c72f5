namespace Tracker.Bench.Load;

/// <summary>
/// One timed ingest window: what the host accepted with 202, how fast, and how long each call took. The rate
/// counts every report the host took (lock and truck fixes, AIS reports, events); the latencies are those of the
/// lock and truck calls, so that they compare with runs before AIS and events were in the traffic.
/// </summary>
public sealed record DriveResult(IReadOnlyDictionary<BatchKind, KindResult> ByKind, long Failed, TimeSpan Elapsed)
{
    public long Accepted => ByKind.Values.Sum(k => k.Accepted);

    public long Duplicates => ByKind.Values.Sum(k => k.Duplicates);

    /// <summary>Lock and truck calls.</summary>
    public IReadOnlyCollection<double> LatenciesMs => [.. Of(BatchKind.Locks).LatenciesMs, .. Of(BatchKind.Vehicles).LatenciesMs];

    public double PerSecond => Accepted / Elapsed.TotalSeconds;

    public double P50 => Percentiles.Of(LatenciesMs, 50);

    public double P99 => Percentiles.Of(LatenciesMs, 99);

    public KindResult Of(BatchKind kind) => ByKind.GetValueOrDefault(kind, KindResult.None);

    /// <summary>What the host took, by kind: "N lock fixes, N truck fixes, N AIS reports, N events".</summary>
    public string Mix =>
        $"{Of(BatchKind.Locks).Accepted:N0} lock fixes, {Of(BatchKind.Vehicles).Accepted:N0} truck fixes, {Of(BatchKind.Ais).Accepted:N0} AIS reports, {Of(BatchKind.Events).Accepted:N0} events";

    public override string ToString() =>
        $"{PerSecond:N0} reports/s ({Accepted:N0} accepted: {Mix}; {Duplicates:N0} duplicates, {Failed:N0} failed calls in {Elapsed.TotalSeconds:0.0} s), lock/truck p50 {P50:0} ms, p99 {P99:0} ms; events p50 {Of(BatchKind.Events).P50:0} ms, p99 {Of(BatchKind.Events).P99:0} ms";
}
