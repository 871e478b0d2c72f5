using Tracker.Gateways.Jt808.Location;

namespace Tracker.Gateways.Jt808.Server;

/// <summary><c>Gateways:Jt808</c>: the listener, its limits and the device models.</summary>
public sealed class Jt808Options
{
    public const string Section = "Gateways:Jt808";

    /// <summary>The TCP port; the gateway is off when unset (0 picks a free port, for tests).</summary>
    public int? Port { get; set; }

    public string Address { get; set; } = "127.0.0.1";

    /// <summary>A connection with no bytes for this long is closed; terminals heartbeat well within it.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long an incomplete set of sub-packages is kept.</summary>
    public TimeSpan SubpackageExpiry { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long the shared submitter gathers fixes before journaling them.</summary>
    public TimeSpan BatchWindow { get; set; } = TimeSpan.FromMilliseconds(5);

    /// <summary>For a terminal whose model is unset or not listed in <see cref="Models"/>.</summary>
    public Jt808ModelSettings DefaultModel { get; set; } = new();

    public Dictionary<string, Jt808ModelSettings> Models { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public Jt808ModelSettings Model(string? name)
    {
        if (name is null)
        {
            return DefaultModel;
        }

        foreach (var (key, settings) in Models)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return settings;
            }
        }

        return DefaultModel;
    }
}
