namespace Tracker.Gateways.Ais.Sentences;

/// <summary>AIS payload armouring: each character carries six bits ('0'..'W' and '`'..'w').</summary>
public static class Armour
{
    public static bool IsValid(ReadOnlySpan<byte> payload)
    {
        foreach (var c in payload)
        {
            if (c is < (byte)'0' or > (byte)'w' || (c > (byte)'W' && c < (byte)'`'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The six bits of a valid armoured character.</summary>
    public static int SixBits(byte c)
    {
        var v = c - 48;
        return v > 40 ? v - 8 : v;
    }
}
