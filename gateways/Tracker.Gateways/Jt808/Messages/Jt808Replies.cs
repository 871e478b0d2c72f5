using System.Buffers.Binary;
using System.Text;

namespace Tracker.Gateways.Jt808.Messages;

/// <summary>The bodies of the platform's replies.</summary>
public static class Jt808Replies
{
    public const byte Ok = 0;
    public const byte Failed = 1;
    public const byte UnknownTerminal = 4;

    /// <summary>0x8001: the serial and id of the message acknowledged, and the result.</summary>
    public static int General(Span<byte> into, ushort ackSerial, ushort ackMessageId, byte result)
    {
        BinaryPrimitives.WriteUInt16BigEndian(into, ackSerial);
        BinaryPrimitives.WriteUInt16BigEndian(into[2..], ackMessageId);
        into[4] = result;
        return 5;
    }

    /// <summary>0x8100: the registration's serial, the result and, only when it is 0, the auth code.</summary>
    public static int Register(Span<byte> into, ushort ackSerial, byte result, string? authCode)
    {
        BinaryPrimitives.WriteUInt16BigEndian(into, ackSerial);
        into[2] = result;
        return result == Ok && authCode is not null ? 3 + Encoding.ASCII.GetBytes(authCode, into[3..]) : 3;
    }

    /// <summary>0x0001, the terminal's own general response, read the same way as 0x8001.</summary>
    public static bool TryReadGeneral(ReadOnlySpan<byte> body, out ushort ackSerial, out ushort ackMessageId, out byte result)
    {
        ackSerial = ackMessageId = 0;
        result = 0;
        if (body.Length < 5)
        {
            return false;
        }

        ackSerial = BinaryPrimitives.ReadUInt16BigEndian(body);
        ackMessageId = BinaryPrimitives.ReadUInt16BigEndian(body[2..]);
        result = body[4];
        return true;
    }
}
