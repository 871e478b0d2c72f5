using Tracker.Simulator.Protocols.Jt808;

namespace Tracker.Simulator.Gateways;

/// <summary>
/// The 0x0200 body a simulated lock or vehicle terminal sends for a fix. The basic block comes from the terminal
/// encoder (Protocols/Jt808); a lock adds its electronic-lock item 0xD5, which carries both what the gateway
/// needs, the seal (status bit 5 set = unlocked) and the battery in percent, where 0x63 has the battery in mV.
/// </summary>
public static class Jt808Report
{
    /// <summary>Alarm bit 17: removal, which the gateway's default model maps to a tampered seal.</summary>
    public const uint TamperAlarm = 1u << 17;

    private const byte LockItem = 0xD5;
    private const byte BatteryItem = 0xE3;
    private const ushort Unlocked = 0x0020;

    public static byte[] Body(DeviceFix fix, DateTimeOffset time, string terminalId)
    {
        ArgumentNullException.ThrowIfNull(fix);
        var tampered = fix.IsLock && fix.Seal == "tampered";
        var position = new Jt808Position(
            time, fix.Lat, fix.Lon, fix.SpeedKmh, (int)Math.Round(fix.Heading) % 360, Satellites: 9, Alarm: tampered ? TamperAlarm : 0);
        var basic = Jt808Bodies.LocationReport(position);
        if (!fix.IsLock)
        {
            return basic;
        }

        var battery = (byte)Math.Clamp(Math.Round(fix.BatteryPct ?? 100), 0, 100);
        if (tampered)
        {
            // A lock item states the seal outright and would hide the alarm bit: a forced lock reports its battery alone.
            return [.. basic, BatteryItem, 1, battery];
        }

        // One lock: id BYTE[5], card BYTE[5], battery %, status WORD.
        var id = Bcd5(terminalId);
        var status = fix.Seal == "sealed" ? (ushort)0 : Unlocked;
        return [.. basic, LockItem, 14, 1, .. id, .. id, battery, (byte)(status >> 8), (byte)status];
    }

    /// <summary>The terminal id's last ten digits as BCD[5]: the lock's id as the item shows it.</summary>
    private static byte[] Bcd5(string terminalId)
    {
        var id = new byte[5];
        Jt808FrameBuilder.Bcd(terminalId.Length > 10 ? terminalId[^10..] : terminalId, id);
        return id;
    }
}
