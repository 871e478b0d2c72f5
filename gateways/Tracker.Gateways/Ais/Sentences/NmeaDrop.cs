namespace Tracker.Gateways.Ais.Sentences;

/// <summary>What became of one NMEA line. Every value but <see cref="None"/> is counted under its name.</summary>
public enum NmeaDrop
{
    /// <summary>Taken: it gave reports, or it is a fragment waiting for the rest of its message.</summary>
    None,

    /// <summary>Not an <c>!xxVDM</c>/<c>!xxVDO</c> sentence of seven fields, or a field out of its range.</summary>
    Syntax,

    /// <summary>The sentence's or its tag block's checksum does not match: nothing of it is taken.</summary>
    Checksum,

    /// <summary>Longer than any real sentence (with its tag block): a stream that lost its line ends.</summary>
    TooLong,

    /// <summary>A fragment out of order or whose message timed out or was pushed out by newer ones.</summary>
    Fragment,

    /// <summary>The payload is too short for its message type.</summary>
    Payload,

    /// <summary>An MMSI of 0 or over nine digits.</summary>
    Mmsi,

    /// <summary>The tag block's time is before 2000 or ahead of the server clock.</summary>
    Time,

    /// <summary>A well-formed message of a type the tracker does not use (base stations, aids to navigation...).</summary>
    Unsupported,

    /// <summary>A position report whose position is "not available": there is nothing to place on the map.</summary>
    NoPosition,

    /// <summary>An MMSI the caller may not report for (an HTTP token's device scope).</summary>
    Refused,
}

public static class NmeaDrops
{
    /// <summary>Malformed input, which an HTTP caller is told about; the rest is well-formed but of no use.</summary>
    public static bool IsBadInput(NmeaDrop drop) => drop is not (NmeaDrop.None or NmeaDrop.Unsupported or NmeaDrop.NoPosition);

    /// <summary>The metric tag and the wording of a refused line.</summary>
    public static string Name(NmeaDrop drop) => drop switch
    {
        NmeaDrop.None => "none",
        NmeaDrop.Syntax => "syntax",
        NmeaDrop.Checksum => "checksum",
        NmeaDrop.TooLong => "too-long",
        NmeaDrop.Fragment => "fragment",
        NmeaDrop.Payload => "payload",
        NmeaDrop.Mmsi => "mmsi",
        NmeaDrop.Time => "time",
        NmeaDrop.Unsupported => "unsupported",
        NmeaDrop.NoPosition => "no-position",
        NmeaDrop.Refused => "refused",
        _ => "other",
    };

    public static string Describe(NmeaDrop drop) => drop switch
    {
        NmeaDrop.Syntax => "is not an AIVDM/AIVDO sentence (!xxVDM,count,number,seq,channel,payload,fill*hh)",
        NmeaDrop.Checksum => "has a checksum that does not match its characters",
        NmeaDrop.TooLong => "is longer than any NMEA sentence",
        NmeaDrop.Fragment => "is a fragment out of order, or its message's other fragments came too late",
        NmeaDrop.Payload => "has a payload too short for its message type",
        NmeaDrop.Mmsi => "has an MMSI that is not 9 digits",
        NmeaDrop.Time => "has a tag-block time before 2000 or ahead of the server clock",
        NmeaDrop.Unsupported => "is a message type the tracker does not use",
        NmeaDrop.NoPosition => "has no position",
        NmeaDrop.Refused => "is outside this token's device scope (claim devices)",
        _ => "was taken",
    };

    internal static int Count => (int)NmeaDrop.Refused + 1;
}
