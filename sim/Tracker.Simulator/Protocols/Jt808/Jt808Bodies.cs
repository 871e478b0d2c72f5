using System.Buffers.Binary;
using System.Text;

namespace Tracker.Simulator.Protocols.Jt808;

/// <summary>The bodies of the terminal's messages.</summary>
public static class Jt808Bodies
{
    public const ushort Register = 0x0100;
    public const ushort Authenticate = 0x0102;
    public const ushort Heartbeat = 0x0002;
    public const ushort Location = 0x0200;
    public const ushort LocationBatch = 0x0704;
    public const ushort PlatformResponse = 0x8001;
    public const ushort RegisterResponse = 0x8100;

    /// <summary>The standard's zone for terminal clocks.</summary>
    public static readonly TimeSpan ChinaTime = TimeSpan.FromHours(8);

    /// <summary>0x0100 with an ASCII plate (2013 layout: maker 5, model 20, id 7; 2019: 11, 30, 30).</summary>
    public static byte[] Registration(string maker, string model, string deviceId, bool is2019 = false, ushort province = 31, ushort city = 100, byte plateColor = 0, string plate = "")
    {
        var (makerLength, modelLength, idLength) = is2019 ? (11, 30, 30) : (5, 20, 7);
        var body = new byte[4 + makerLength + modelLength + idLength + 1 + plate.Length];
        BinaryPrimitives.WriteUInt16BigEndian(body, province);
        BinaryPrimitives.WriteUInt16BigEndian(body.AsSpan(2), city);
        var at = 4;
        foreach (var (text, length) in new[] { (maker, makerLength), (model, modelLength), (deviceId, idLength) })
        {
            Encoding.ASCII.GetBytes(text.Length > length ? text[..length] : text, body.AsSpan(at, length));
            at += length;
        }

        body[at++] = plateColor;
        Encoding.ASCII.GetBytes(plate, body.AsSpan(at));
        return body;
    }

    /// <summary>0x0102: the code alone (2013), or length, code, IMEI[15], firmware[20] (2019).</summary>
    public static byte[] Authentication(string code, bool is2019 = false, string imei = "", string firmware = "")
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!is2019)
        {
            return Encoding.ASCII.GetBytes(code);
        }

        var body = new byte[1 + code.Length + 15 + 20];
        body[0] = (byte)code.Length;
        Encoding.ASCII.GetBytes(code, body.AsSpan(1));
        Encoding.ASCII.GetBytes(imei.Length > 15 ? imei[..15] : imei, body.AsSpan(1 + code.Length, 15));
        Encoding.ASCII.GetBytes(firmware.Length > 20 ? firmware[..20] : firmware, body.AsSpan(1 + code.Length + 15, 20));
        return body;
    }

    /// <summary>A 0x0200 body: the basic block, time in <paramref name="zone"/> (GMT+8 by default), then items.</summary>
    public static byte[] LocationReport(Jt808Position p, TimeSpan? zone = null)
    {
        ArgumentNullException.ThrowIfNull(p);
        var items = new List<byte>();
        if (p.MileageTenthsKm is { } mileage)
        {
            items.AddRange([0x01, 4, (byte)(mileage >> 24), (byte)(mileage >> 16), (byte)(mileage >> 8), (byte)mileage]);
        }

        if (p.Satellites is { } satellites)
        {
            items.AddRange([0x31, 1, satellites]);
        }

        if (p.BatteryPct is { } battery)
        {
            items.AddRange([0xE3, 1, (byte)battery]);
        }

        if (p.Sealed is { } isSealed)
        {
            // One lock: id[6], battery mV, seal (0x31 sealed), physical state, RSSI.
            items.AddRange([0x63, 11, 0x10, 0x20, 0x30, 0x40, 0x50, 0x60, 0x10, 0x68, isSealed ? (byte)0x31 : (byte)0x30, 0x00, 0x1F]);
        }

        var body = new byte[28 + items.Count];
        var status = p.Status | 0b10 | (p.Lat < 0 ? 0b100u : 0) | (p.Lon < 0 ? 0b1000u : 0);
        BinaryPrimitives.WriteUInt32BigEndian(body, p.Alarm);
        BinaryPrimitives.WriteUInt32BigEndian(body.AsSpan(4), status);
        BinaryPrimitives.WriteUInt32BigEndian(body.AsSpan(8), (uint)Math.Round(Math.Abs(p.Lat) * 1e6));
        BinaryPrimitives.WriteUInt32BigEndian(body.AsSpan(12), (uint)Math.Round(Math.Abs(p.Lon) * 1e6));
        BinaryPrimitives.WriteInt16BigEndian(body.AsSpan(16), (short)p.Altitude);
        BinaryPrimitives.WriteUInt16BigEndian(body.AsSpan(18), (ushort)Math.Round(p.SpeedKmh * 10));
        BinaryPrimitives.WriteUInt16BigEndian(body.AsSpan(20), (ushort)p.Heading);
        var local = p.Time.ToOffset(zone ?? ChinaTime);
        int[] fields = [local.Year % 100, local.Month, local.Day, local.Hour, local.Minute, local.Second];
        for (var i = 0; i < 6; i++)
        {
            body[22 + i] = (byte)(((fields[i] / 10) << 4) | (fields[i] % 10));
        }

        items.CopyTo(body, 28);
        return body;
    }

    /// <summary>0x0704: count, type (1 = blind-area backfill), then each item's length and 0x0200 body.</summary>
    public static byte[] Batch(IReadOnlyList<Jt808Position> positions, bool backfill = true, TimeSpan? zone = null)
    {
        ArgumentNullException.ThrowIfNull(positions);
        var reports = positions.Select(p => LocationReport(p, zone)).ToList();
        var body = new byte[3 + reports.Sum(r => 2 + r.Length)];
        BinaryPrimitives.WriteUInt16BigEndian(body, (ushort)reports.Count);
        body[2] = backfill ? (byte)1 : (byte)0;
        var at = 3;
        foreach (var r in reports)
        {
            BinaryPrimitives.WriteUInt16BigEndian(body.AsSpan(at), (ushort)r.Length);
            r.CopyTo(body, at + 2);
            at += 2 + r.Length;
        }

        return body;
    }
}
