namespace Tracker.Bench.Load;

/// <summary>The calls of one kind of batch in a drive: what the host accepted, how many calls, how long each took.</summary>
public sealed record KindResult(long Accepted, long Duplicates, long Calls, IReadOnlyCollection<double> LatenciesMs)
{
    public static readonly KindResult None = new(0, 0, 0, []);

    public double P50 => Percentiles.Of(LatenciesMs, 50);

    public double P99 => Percentiles.Of(LatenciesMs, 99);
}
