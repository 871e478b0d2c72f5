namespace Tracker.Gateways.Jt808.Framing;

/// <summary>Why a frame or message was dropped; each reason is a counter label.</summary>
public enum Jt808Drop
{
    None,
    TooShort,
    TooLong,
    BadEscape,
    LengthMismatch,
    BadChecksum,
    Unsupported,
    BadBody,
}

public static class Jt808DropNames
{
    /// <summary>Counter labels, fixed strings so that recording a drop allocates nothing.</summary>
    public static string Label(this Jt808Drop drop) => drop switch
    {
        Jt808Drop.TooShort => "too-short",
        Jt808Drop.TooLong => "too-long",
        Jt808Drop.BadEscape => "bad-escape",
        Jt808Drop.LengthMismatch => "length-mismatch",
        Jt808Drop.BadChecksum => "bad-checksum",
        Jt808Drop.Unsupported => "unsupported",
        Jt808Drop.BadBody => "bad-body",
        _ => "none",
    };
}
