namespace Tracker.Api.Availability;

/// <summary>
/// The "Failover" section: how long the API retries a grain call that failed because a silo is
/// gone, and what it tells the caller past that.
/// </summary>
public sealed class FailoverOptions
{
    public const string Section = "Failover";

    /// <summary>
    /// A killed silo counts as alive until membership declares it dead (a few probe timeouts);
    /// within this bound a query is retried and usually answered as if nothing happened. Past it,
    /// the caller gets 503 rather than a request that hangs.
    /// </summary>
    public double RetryWithinSeconds { get; set; } = 8;

    /// <summary>The Retry-After of a 503: about the time membership needs to move the grains.</summary>
    public int RetryAfterSeconds { get; set; } = 5;

    public TimeSpan RetryWithin => TimeSpan.FromSeconds(RetryWithinSeconds);
}
