using System.Globalization;

namespace Tracker.Simulator.Gateways;

/// <summary>Where a device gateway of the host listens: a host name or address and a TCP port.</summary>
public sealed record GatewayEndpoint(string Host, int Port)
{
    /// <summary>"host:port" (the standalone program's <c>--jt808</c> and <c>--nmea</c>), or a port alone for the loopback.</summary>
    public static GatewayEndpoint Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var colon = value.LastIndexOf(':');
        var host = colon > 0 ? value[..colon] : "127.0.0.1";
        if (!int.TryParse(colon >= 0 ? value[(colon + 1)..] : value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            throw new FormatException($"'{value}' is not host:port.");
        }

        return new GatewayEndpoint(host, port);
    }

    public override string ToString() => $"{Host}:{Port}";
}
