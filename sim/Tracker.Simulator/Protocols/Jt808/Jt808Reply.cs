using System.Buffers.Binary;
using System.Text;

namespace Tracker.Simulator.Protocols.Jt808;

/// <summary>A platform message as the terminal reads it: 0x8001 (general) or 0x8100 (registration).</summary>
public sealed record Jt808Reply(ushort MessageId, ushort Serial, bool Is2019, byte[] Body)
{
    /// <summary>The serial of the terminal message answered (both replies start with it).</summary>
    public ushort AckSerial => Body.Length >= 2 ? BinaryPrimitives.ReadUInt16BigEndian(Body) : (ushort)0;

    /// <summary>0x8001 only: the id of the message answered.</summary>
    public ushort AckMessageId => MessageId == Jt808Bodies.PlatformResponse && Body.Length >= 4 ? BinaryPrimitives.ReadUInt16BigEndian(Body.AsSpan(2)) : (ushort)0;

    public byte Result => MessageId switch
    {
        Jt808Bodies.PlatformResponse when Body.Length >= 5 => Body[4],
        Jt808Bodies.RegisterResponse when Body.Length >= 3 => Body[2],
        _ => 0xFF,
    };

    /// <summary>0x8100 with result 0: the code to authenticate with.</summary>
    public string? AuthCode => MessageId == Jt808Bodies.RegisterResponse && Result == 0 ? Encoding.ASCII.GetString(Body.AsSpan(3)) : null;

    /// <summary>Reads one escaped frame (without its 7E delimiters); null when it is not a well-formed reply.</summary>
    public static Jt808Reply? Parse(ReadOnlySpan<byte> escaped)
    {
        var raw = new List<byte>(escaped.Length);
        for (var i = 0; i < escaped.Length; i++)
        {
            if (escaped[i] != 0x7D)
            {
                raw.Add(escaped[i]);
                continue;
            }

            if (++i == escaped.Length || escaped[i] is not (0x01 or 0x02))
            {
                return null;
            }

            raw.Add(escaped[i] == 0x02 ? (byte)0x7E : (byte)0x7D);
        }

        var bytes = raw.ToArray();
        if (bytes.Length < 13)
        {
            return null;
        }

        byte checksum = 0;
        foreach (var b in bytes.AsSpan(0, bytes.Length - 1))
        {
            checksum ^= b;
        }

        var attributes = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(2));
        var is2019 = (attributes & 0x4000) != 0;
        var headerLength = is2019 ? 17 : 12;
        var bodyLength = attributes & 0x3FF;
        if (checksum != bytes[^1] || headerLength + bodyLength + 1 != bytes.Length)
        {
            return null;
        }

        return new Jt808Reply(
            BinaryPrimitives.ReadUInt16BigEndian(bytes),
            BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(headerLength - 2)),
            is2019,
            bytes.AsSpan(headerLength, bodyLength).ToArray());
    }
}
