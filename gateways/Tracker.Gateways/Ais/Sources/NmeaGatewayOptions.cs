namespace Tracker.Gateways.Ais.Sources;

/// <summary>Settings <c>Gateways:Nmea:*</c>. Every source is off unless configured.</summary>
public sealed class NmeaGatewayOptions
{
    public const string Section = "Gateways:Nmea";

    /// <summary>TCP feeds to connect to, as <c>host:port</c> (a list, or one comma-separated string).</summary>
    public List<string> Feeds { get; set; } = [];

    /// <summary>A TCP port receivers connect to and write sentences on (0 picks a free one).</summary>
    public int? TcpPort { get; set; }

    /// <summary>A UDP port receivers send sentences to (0 picks a free one).</summary>
    public int? UdpPort { get; set; }

    /// <summary>The address both listeners bind to.</summary>
    public string Address { get; set; } = "127.0.0.1";

    /// <summary>MMSIs whose static data and last position are remembered.</summary>
    public int MaxVessels { get; set; } = Assembly.AisVesselCache.DefaultCapacity;

    /// <summary>Multi-fragment messages waiting, per source.</summary>
    public int PendingMessages { get; set; } = 64;

    public TimeSpan FragmentTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The first wait before reconnecting to a feed; it doubles on each failure up to <see cref="ReconnectMax"/>.</summary>
    public TimeSpan ReconnectMin { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan ReconnectMax { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>UDP datagrams already waiting are gathered into one batch, up to this many reports.</summary>
    public int UdpBatchReports { get; set; } = 500;

    /// <summary>The feeds as (host, port), a comma-separated entry split.</summary>
    public IEnumerable<(string Host, int Port)> FeedEndpoints() =>
        Feeds.SelectMany(f => f.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(f => (f, colon: f.LastIndexOf(':')))
            .Select(x => x.colon > 0 && int.TryParse(x.f.AsSpan(x.colon + 1), System.Globalization.CultureInfo.InvariantCulture, out var port)
                ? (x.f[..x.colon], port)
                : throw new InvalidOperationException($"{Section}:Feeds: '{x.f}' is not host:port."));
}
