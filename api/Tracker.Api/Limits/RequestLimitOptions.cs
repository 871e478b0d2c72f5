namespace Tracker.Api.Limits;

/// <summary>The "Limits" configuration section: Kestrel's request limits and the live hub's.</summary>
public sealed class RequestLimitOptions
{
    public const string Section = "Limits";

    /// <summary>Any body but ingest's: a declaration at its caps (500 boxes, 10,000 path points) is a few hundred KB.</summary>
    public long BodyBytes { get; set; } = 1024 * 1024;

    /// <summary>An ingest batch: 5,000 items of up to ~3 KB each (a fix is ~170 bytes, an event ~400).</summary>
    public long IngestBodyBytes { get; set; } = 16 * 1024 * 1024;

    public int HeadersTotalBytes { get; set; } = 32 * 1024;

    public int MaxHeaderCount { get; set; } = 100;

    public int RequestLineBytes { get; set; } = 8 * 1024;

    public TimeSpan RequestHeadersTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan KeepAliveTimeout { get; set; } = TimeSpan.FromSeconds(130);

    /// <summary>Open connections in all; browsers on the live hub are upgraded connections, counted apart.</summary>
    public long MaxConnections { get; set; } = 20_000;

    public long MaxUpgradedConnections { get; set; } = 10_000;

    /// <summary>What a hub client may send in one message: a subscription is a view name.</summary>
    public long HubReceiveMessageBytes { get; set; } = 32 * 1024;

    public int HubStreamBufferCapacity { get; set; } = 10;

    public int HubParallelInvocationsPerClient { get; set; } = 1;

    public TimeSpan HubKeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    public TimeSpan HubClientTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>What the host buffers for one hub client before its sends wait; a snapshot fits whole.</summary>
    public long HubSendBufferBytes { get; set; } = 1024 * 1024;

    /// <summary>What the host buffers from one hub client before it stops reading from it.</summary>
    public long HubReceiveBufferBytes { get; set; } = 64 * 1024;
}
