namespace Tracker.Gateways.Jt808.Framing;

/// <summary>One checked frame: header and body, both views of the framer's buffer (valid until its next read).</summary>
public readonly record struct Jt808Frame(Jt808Header Header, ReadOnlyMemory<byte> Body);
