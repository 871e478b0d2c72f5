using System.Buffers.Binary;

namespace Tracker.Gateways.Jt808.Framing;

/// <summary>
/// A message header, 2011/2013 (12 or 16 bytes) or 2019 (17 or 21 bytes, attribute bit 14).
/// <see cref="Phone"/> points into the framer's buffer: valid until its next read.
/// </summary>
public readonly record struct Jt808Header(
    ushort MessageId,
    ushort Attributes,
    byte Version,
    ReadOnlyMemory<byte> Phone,
    ushort Serial,
    ushort TotalPackets,
    ushort PacketIndex)
{
    public const ushort VersionFlag = 0x4000;
    public const ushort SubpackageFlag = 0x2000;
    public const ushort EncryptionMask = 0x1C00;
    public const ushort LengthMask = 0x03FF;

    public bool Is2019 => (Attributes & VersionFlag) != 0;

    public bool IsSubpackage => (Attributes & SubpackageFlag) != 0;

    public bool IsEncrypted => (Attributes & EncryptionMask) != 0;

    public int BodyLength => Attributes & LengthMask;

    public int Length => HeaderLength(Attributes);

    public static int HeaderLength(ushort attributes) =>
        ((attributes & VersionFlag) != 0 ? 17 : 12) + ((attributes & SubpackageFlag) != 0 ? 4 : 0);

    /// <summary>Reads the header at the start of an unescaped frame; the caller has checked its length.</summary>
    public static Jt808Header Read(ReadOnlyMemory<byte> frame)
    {
        var s = frame.Span;
        var id = BinaryPrimitives.ReadUInt16BigEndian(s);
        var attributes = BinaryPrimitives.ReadUInt16BigEndian(s[2..]);
        var is2019 = (attributes & VersionFlag) != 0;
        var (version, phone, at) = is2019 ? (s[4], frame.Slice(5, 10), 15) : ((byte)0, frame.Slice(4, 6), 10);
        var serial = BinaryPrimitives.ReadUInt16BigEndian(s[at..]);
        ushort total = 0, index = 0;
        if ((attributes & SubpackageFlag) != 0)
        {
            total = BinaryPrimitives.ReadUInt16BigEndian(s[(at + 2)..]);
            index = BinaryPrimitives.ReadUInt16BigEndian(s[(at + 4)..]);
        }

        return new Jt808Header(id, attributes, version, phone, serial, total, index);
    }

    public string TerminalId => Jt808Bcd.TerminalId(Phone.Span);
}
