using System.Globalization;
using System.Text;

namespace Tracker.Simulator.Gateways;

/// <summary>
/// Which devices speak JT/T 808, and as which terminal: both follow from the device id alone, so a device keeps its
/// protocol and terminal id across journeys, restarts and processes (string.GetHashCode is randomised per process).
/// </summary>
public static class DeviceChoice
{
    /// <summary>True for about <paramref name="share"/> (0..1) of all device ids.</summary>
    public static bool SpeaksJt808(string deviceId, double share) =>
        share > 0 && (share >= 1 || (Hash(deviceId) >> 40) / (double)(1UL << 24) < share);

    /// <summary>
    /// A 12-digit terminal phone (BCD[6] in the 2013 header). It starts with 1 so that it reads the same with its
    /// leading zeros stripped, which is how the registry keys terminals.
    /// </summary>
    public static string TerminalId(string deviceId) =>
        "1" + (Hash(deviceId) % 100_000_000_000UL).ToString("D11", CultureInfo.InvariantCulture);

    /// <summary>FNV-1a over the id's UTF-8, then a 64-bit finaliser: ids differing in their last digit land far apart.</summary>
    private static ulong Hash(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        hash = (hash ^ (hash >> 33)) * 0xFF51AFD7ED558CCDUL;
        hash = (hash ^ (hash >> 33)) * 0xC4CEB9FE1A85EC53UL;
        return hash ^ (hash >> 33);
    }
}
