namespace Tracker.Gateways.Jt808.Framing;

/// <summary>
/// Puts sub-packaged messages back together, per (terminal, message id), by packet index. One per connection
/// (a terminal has one live connection, so the terminal part of the key is the connection's). Sets that stay
/// incomplete expire, and the number and size of open sets are bounded: a terminal cannot make the gateway
/// hold more than a few hundred KB for it.
/// </summary>
public sealed class Jt808Reassembler(TimeSpan expiry)
{
    public const int MaxPackets = 128;
    public const int MaxOpenSets = 4;

    private readonly Dictionary<ushort, Set> _open = [];

    public int OpenSets => _open.Count;

    /// <summary>
    /// Takes one packet. Returns the whole body once the last missing packet arrives, null meanwhile (and for a
    /// packet that does not fit: an index out of range or a set too large, which <paramref name="refused"/> says).
    /// </summary>
    public byte[]? Add(in Jt808Header header, ReadOnlySpan<byte> body, DateTimeOffset now, out bool refused)
    {
        refused = false;
        Expire(now);
        if (header.TotalPackets is 0 or > MaxPackets || header.PacketIndex < 1 || header.PacketIndex > header.TotalPackets)
        {
            refused = true;
            return null;
        }

        if (!_open.TryGetValue(header.MessageId, out var set) || set.Parts.Length != header.TotalPackets)
        {
            if (!_open.ContainsKey(header.MessageId) && _open.Count >= MaxOpenSets)
            {
                refused = true;
                return null;
            }

            set = new Set(new byte[header.TotalPackets][], now);
            _open[header.MessageId] = set;
        }

        set.Parts[header.PacketIndex - 1] = body.ToArray();
        if (Array.Exists(set.Parts, p => p is null))
        {
            return null;
        }

        _open.Remove(header.MessageId);
        var whole = new byte[set.Parts.Sum(p => p.Length)];
        var at = 0;
        foreach (var part in set.Parts)
        {
            part.CopyTo(whole, at);
            at += part.Length;
        }

        return whole;
    }

    private void Expire(DateTimeOffset now)
    {
        foreach (var (id, set) in _open)
        {
            if (now - set.Started > expiry)
            {
                _open.Remove(id);
            }
        }
    }

    private sealed record Set(byte[][] Parts, DateTimeOffset Started);
}
