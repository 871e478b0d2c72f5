namespace Tracker.Gateways.Jt808.Framing;

/// <summary>Packed decimal (BCD) as JT/T 808 uses it for the terminal phone and for times.</summary>
public static class Jt808Bcd
{
    private const string Hex = "0123456789ABCDEF";

    /// <summary>
    /// The terminal id: the BCD digits with leading zeros stripped, so that a 2013 terminal (6 bytes) and a 2019
    /// one (10 bytes) with the same number are the same device. A non-decimal nibble is kept as a hex digit
    /// rather than refused: some vendors put one there, and the registry is the judge of what is known.
    /// </summary>
    public static string TerminalId(ReadOnlySpan<byte> bcd)
    {
        Span<char> digits = stackalloc char[bcd.Length * 2];
        for (var i = 0; i < bcd.Length; i++)
        {
            digits[2 * i] = Hex[bcd[i] >> 4];
            digits[(2 * i) + 1] = Hex[bcd[i] & 0x0F];
        }

        var trimmed = digits.TrimStart('0');
        return trimmed.IsEmpty ? "0" : new string(trimmed);
    }

    /// <summary>Two BCD digits as a number, or -1 when a nibble is not decimal.</summary>
    public static int Byte(byte b)
    {
        int hi = b >> 4, lo = b & 0x0F;
        return hi > 9 || lo > 9 ? -1 : (hi * 10) + lo;
    }

    /// <summary>
    /// BCD[6] YYMMDDhhmmss as a wall-clock time in the terminal's zone (the caller applies the model's offset).
    /// False for an impossible date: a terminal without a clock sends zeros.
    /// </summary>
    public static bool TryTime(ReadOnlySpan<byte> bcd, out DateTime local)
    {
        local = default;
        if (bcd.Length < 6)
        {
            return false;
        }

        int y = Byte(bcd[0]), mo = Byte(bcd[1]), d = Byte(bcd[2]), h = Byte(bcd[3]), mi = Byte(bcd[4]), s = Byte(bcd[5]);
        if (y < 0 || mo is < 1 or > 12 || d < 1 || h is < 0 or > 23 || mi is < 0 or > 59 || s is < 0 or > 59
            || d > DateTime.DaysInMonth(2000 + y, mo))
        {
            return false;
        }

        local = new DateTime(2000 + y, mo, d, h, mi, s, DateTimeKind.Unspecified);
        return true;
    }
}
