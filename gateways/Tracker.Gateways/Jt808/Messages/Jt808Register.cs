using System.Buffers.Binary;

namespace Tracker.Gateways.Jt808.Messages;

/// <summary>0x0100 terminal registration. Rare (once per reset), so it is read into strings.</summary>
public sealed record Jt808Register(ushort Province, ushort City, string Maker, string Model, string DeviceId, byte PlateColor, string Plate)
{
    /// <summary>
    /// 2019 has its own widths (header bit 14); 2011 and 2013 share a header and differ in the model field (8 or
    /// 20 bytes): more than 33 bytes after province and city can only be the 2013 layout.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> body, bool is2019, out Jt808Register? register)
    {
        register = null;
        var rest = body.Length - 4;
        var (maker, model, id) = is2019 ? (11, 30, 30) : rest > 33 ? (5, 20, 7) : (5, 8, 7);
        var fixedPart = 4 + maker + model + id + 1;
        if (body.Length < fixedPart)
        {
            return false;
        }

        var at = 4;
        register = new Jt808Register(
            BinaryPrimitives.ReadUInt16BigEndian(body),
            BinaryPrimitives.ReadUInt16BigEndian(body[2..]),
            Jt808Text.Field(body.Slice(at, maker)),
            Jt808Text.Field(body.Slice(at += maker, model)),
            Jt808Text.Field(body.Slice(at += model, id)),
            body[at += id],
            Jt808Text.Text(body[(at + 1)..]));
        return true;
    }
}
