namespace Tracker.Silo.Hosting;

/// <summary>The "Orleans" section: this process's silo and gateway ports.</summary>
public sealed class OrleansOptions
{
    public const string Section = "Orleans";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    public string ClusterId { get; set; } = "tracker";

    public string ServiceId { get; set; } = "tracker";
}
