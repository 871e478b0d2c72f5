using System.Buffers.Binary;
using Tracker.Gateways.Jt808.Framing;

namespace Tracker.Gateways.Jt808.Location;

/// <summary>Reads 0x0200 bodies and the items of a 0x0704 batch.</summary>
public static class Jt808LocationReader
{
    public const int BasicLength = 28;

    public static bool TryRead(ReadOnlySpan<byte> body, out Jt808Location location)
    {
        location = default;
        if (body.Length < BasicLength || !Jt808Bcd.TryTime(body.Slice(22, 6), out var time))
        {
            return false;
        }

        var status = BinaryPrimitives.ReadUInt32BigEndian(body[4..]);
        var lat = BinaryPrimitives.ReadUInt32BigEndian(body[8..]) / 1e6;
        var lon = BinaryPrimitives.ReadUInt32BigEndian(body[12..]) / 1e6;
        location.Alarm = BinaryPrimitives.ReadUInt32BigEndian(body);
        location.Status = status;
        location.Lat = (status & 0b100) != 0 ? -lat : lat;
        location.Lon = (status & 0b1000) != 0 ? -lon : lon;
        location.Altitude = BinaryPrimitives.ReadInt16BigEndian(body[16..]);
        location.Speed = BinaryPrimitives.ReadUInt16BigEndian(body[18..]);
        location.Direction = BinaryPrimitives.ReadUInt16BigEndian(body[20..]);
        location.LocalTime = time;
        ReadItems(body[BasicLength..], ref location);
        return true;
    }

    /// <summary>
    /// Items are id, length, value. A length running past the body ends the list (what came before stands);
    /// an item whose length is not what its id needs is skipped, and unknown ids are skipped by their length.
    /// </summary>
    private static void ReadItems(ReadOnlySpan<byte> items, ref Jt808Location location)
    {
        while (items.Length >= 2)
        {
            var id = items[0];
            var length = items[1];
            if (length > items.Length - 2)
            {
                return;
            }

            var value = items.Slice(2, length);
            items = items[(2 + length)..];
            switch (id)
            {
                case 0x01 when length == 4:
                    location.Mileage = BinaryPrimitives.ReadUInt32BigEndian(value);
                    break;
                case 0x02 when length == 2:
                    location.Fuel = BinaryPrimitives.ReadUInt16BigEndian(value);
                    break;
                case 0x30 when length == 1:
                    location.Signal = value[0];
                    break;
                case 0x31 when length == 1:
                    location.Satellites = value[0];
                    break;
                case 0x63 when length >= 11:
                    ReadSeals63(value, ref location);
                    break;
                case 0xD5 when length == 2:
                    break;
                case 0xD5 when length >= 1:
                    ReadLocksD5(value, ref location);
                    break;
                case 0xE8 when length == 3:
                    location.LockStatusE8 = (value[0] << 16) | (value[1] << 8) | value[2];
                    break;
                case 0x0B when length >= 1:
                    location.LockCommand = value[0];
                    location.UnlockResult = length % 2 == 0 ? value[^1] : null;
                    break;
                case 0x56 when length >= 1 && value[0] <= 10:
                    location.BatteryPct = value[0] * 10;
                    break;
                case 0xE3 when length >= 1 && value[0] <= 100:
                    location.BatteryPct = value[0];
                    break;
                case 0xD4 or 0xE1 or 0xE9 when length == 1 && value[0] <= 100:
                    location.BatteryPct = value[0];
                    break;
                default:
                    break;
            }
        }
    }

    private static void ReadSeals63(ReadOnlySpan<byte> value, ref Jt808Location location)
    {
        var allSealed = true;
        var lowest = int.MaxValue;
        for (; value.Length >= 11; value = value[11..])
        {
            lowest = Math.Min(lowest, BinaryPrimitives.ReadUInt16BigEndian(value[6..]));
            allSealed &= value[8] == 0x31;
        }

        location.Sealed63 = allSealed;
        location.LockBatteryMv = lowest;
    }

    private static void ReadLocksD5(ReadOnlySpan<byte> value, ref Jt808Location location)
    {
        const int Entry = 5 + 5 + 1 + 2;
        var count = value[0];
        value = value[1..];
        if (count == 0 || value.Length < count * Entry)
        {
            return;
        }

        var allLocked = true;
        var lowest = int.MaxValue;
        for (var i = 0; i < count; i++, value = value[Entry..])
        {
            var battery = value[10];
            if (battery <= 100)
            {
                lowest = Math.Min(lowest, battery);
            }

            allLocked &= (BinaryPrimitives.ReadUInt16BigEndian(value[11..]) & 0x20) == 0;
        }

        location.LockedD5 = allLocked;
        if (lowest != int.MaxValue)
        {
            location.BatteryPct = lowest;
        }
    }

    /// <summary>
    /// The items of a 0x0704 body, each a length and a 0x0200 body. Items that do not read are counted in
    /// <paramref name="bad"/> and skipped; a length past the end stops the list.
    /// </summary>
    public static bool TryReadBatch(ReadOnlySpan<byte> body, List<Jt808Location> into, out int bad)
    {
        ArgumentNullException.ThrowIfNull(into);
        bad = 0;
        if (body.Length < 3)
        {
            return false;
        }

        var count = BinaryPrimitives.ReadUInt16BigEndian(body);
        var items = body[3..];
        for (var i = 0; i < count; i++)
        {
            if (items.Length < 2)
            {
                bad += count - i;
                break;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(items);
            if (length > items.Length - 2)
            {
                bad += count - i;
                break;
            }

            if (TryRead(items.Slice(2, length), out var location))
            {
                into.Add(location);
            }
            else
            {
                bad++;
            }

            items = items[(2 + length)..];
        }

        return true;
    }
}
