namespace Tracker.Gateways.Jt808.Framing;

public enum Jt808ReadStatus
{
    /// <summary>No complete frame in the buffer: read more bytes.</summary>
    NeedMore,

    /// <summary>A checked frame.</summary>
    Frame,

    /// <summary>A candidate was dropped (see the reason); call again.</summary>
    Dropped,
}
