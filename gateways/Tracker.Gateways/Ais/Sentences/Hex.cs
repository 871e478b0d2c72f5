namespace Tracker.Gateways.Ais.Sentences;

/// <summary>NMEA checksums: the XOR of the characters, written as two hex digits.</summary>
internal static class Hex
{
    public static byte Xor(ReadOnlySpan<byte> text)
    {
        byte x = 0;
        foreach (var b in text)
        {
            x ^= b;
        }

        return x;
    }

    public static bool TryByte(ReadOnlySpan<byte> hex, out byte value)
    {
        value = 0;
        if (hex.Length != 2 || Digit(hex[0]) is not (>= 0 and var high) || Digit(hex[1]) is not (>= 0 and var low))
        {
            return false;
        }

        value = (byte)((high << 4) | low);
        return true;
    }

    private static int Digit(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        _ => -1,
    };
}
