namespace Tracker.Grains.Devices;

/// <summary>
/// Terminal ids as keys. A JT/T 808 terminal sends its phone number as fixed-width BCD, padded with leading
/// zeros whose count depends on the protocol version; stripping them makes the 2013 and 2019 forms one key.
/// </summary>
public static class TerminalIds
{
    /// <summary>The key for <paramref name="terminalId"/> (decimal digits): without leading zeros; empty when all zeros.</summary>
    public static string Normalize(string terminalId)
    {
        ArgumentNullException.ThrowIfNull(terminalId);
        return terminalId.TrimStart('0');
    }
}
