namespace Tracker.Silo.Hosting;

/// <summary>The "Orleans" section: this process's silo and gateway ports.</summary>
public sealed class OrleansOptions
{
    public const string Section = "Orleans";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    public string ClusterId { get; set; } = "tracker";

    public string ServiceId { get; set; } = "tracker";

    /// <summary>The address other silos reach this one at (a host name resolves at start).</summary>
    public string AdvertisedHost { get; set; } = "127.0.0.1";

    /// <summary>Listen on every interface (in a container) rather than on the advertised address only.</summary>
    public bool ListenOnAnyAddress { get; set; }

    /// <summary>
    /// How long a silo waits for a probe answer before counting it missed (Orleans default if
    /// unset). Shorter means a dead silo is declared dead, and its grains move, sooner.
    /// </summary>
    public double? ProbeTimeoutSeconds { get; set; }
}
