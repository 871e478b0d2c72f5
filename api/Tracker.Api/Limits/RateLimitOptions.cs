namespace Tracker.Api.Limits;

/// <summary>
/// The "RateLimits" configuration section: one token bucket per partition, by kind of caller. The defaults
/// are far above what the embedded simulator, the load bench (one device token for all its traffic) and the
/// tests send, so only a runaway or hostile caller meets them.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Ingest calls (fixes, AIS, events), per device or gateway token (its subject).</summary>
    public RateLimit Device { get; set; } = new() { PermitsPerSecond = 1000, Burst = 2000 };

    /// <summary>Reads and commands of an enterprise, per tenant: all of a tenant's users share it.</summary>
    public RateLimit Tenant { get; set; } = new() { PermitsPerSecond = 500, Burst = 1000 };

    /// <summary>Reads and commands of customs, per office.</summary>
    public RateLimit Office { get; set; } = new() { PermitsPerSecond = 500, Burst = 1000 };

    /// <summary>Everyone else signed in (control, admin, terminal), per user (the token's subject).</summary>
    public RateLimit User { get; set; } = new() { PermitsPerSecond = 2000, Burst = 5000 };

    /// <summary>Calls without a token (the dev token endpoint, the API reference), per client address.</summary>
    public RateLimit Anonymous { get; set; } = new() { PermitsPerSecond = 100, Burst = 500 };

    /// <summary>Live hub method calls (subscribe, unsubscribe), per connection.</summary>
    public RateLimit Hub { get; set; } = new() { PermitsPerSecond = 20, Burst = 100 };
}

/// <summary>A token bucket: <see cref="Burst"/> calls at once, refilled at <see cref="PermitsPerSecond"/>.</summary>
public sealed class RateLimit
{
    /// <summary>May be below 1 (0.01 is one call per 100 s).</summary>
    public double PermitsPerSecond { get; set; }

    public int Burst { get; set; }

    public System.Threading.RateLimiting.TokenBucketRateLimiterOptions ToBucket()
    {
        var rate = PermitsPerSecond > 0 ? PermitsPerSecond : 1;

        // Whole tokens per period: a rate below one a second refills one token every 1/rate seconds.
        var period = TimeSpan.FromSeconds(Math.Max(1, 1 / rate));
        return new()
        {
            TokenLimit = Math.Max(1, Burst),
            TokensPerPeriod = Math.Max(1, (int)Math.Round(rate * period.TotalSeconds)),
            ReplenishmentPeriod = period,
            QueueLimit = 0,
            AutoReplenishment = true,
        };
    }
}
