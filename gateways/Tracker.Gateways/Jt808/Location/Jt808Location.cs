namespace Tracker.Gateways.Jt808.Location;

/// <summary>
/// One 0x0200 body: the 28-byte basic block and the additional items this product uses. A value type with no
/// collections, so that decoding a location allocates nothing; several locks in one 0x63 or 0xD5 item are
/// summarised (all sealed or not, lowest battery).
/// </summary>
public struct Jt808Location
{
    public uint Alarm { get; set; }
    public uint Status { get; set; }

    /// <summary>Degrees, signed from the hemisphere bits.</summary>
    public double Lat { get; set; }
    public double Lon { get; set; }
    public short Altitude { get; set; }

    /// <summary>0.1 km/h.</summary>
    public ushort Speed { get; set; }
    public ushort Direction { get; set; }

    /// <summary>Wall-clock time in the terminal's zone (GMT+8 unless its model says otherwise).</summary>
    public DateTime LocalTime { get; set; }

    /// <summary>0.1 km (item 0x01).</summary>
    public uint? Mileage { get; set; }

    /// <summary>0.1 L (item 0x02).</summary>
    public ushort? Fuel { get; set; }
    public byte? Signal { get; set; }
    public byte? Satellites { get; set; }

    /// <summary>Item 0x63: true when every lock in it reports 0x31 (sealed).</summary>
    public bool? Sealed63 { get; set; }

    /// <summary>Item 0x63: the lowest lock battery, mV.</summary>
    public int? LockBatteryMv { get; set; }

    /// <summary>Item 0xD5 (lock list form): true when every lock has status bit 5 clear (locked).</summary>
    public bool? LockedD5 { get; set; }

    /// <summary>Item 0xE8: the 3-byte lock status.</summary>
    public int? LockStatusE8 { get; set; }

    /// <summary>Item 0x0B: the lock command and, when sent, its result.</summary>
    public byte? LockCommand { get; set; }
    public byte? UnlockResult { get; set; }

    /// <summary>From the battery items (0x56, 0xD4/0xE1/0xE9, 0xE3, or the lowest lock in 0xD5).</summary>
    public double? BatteryPct { get; set; }

    public readonly bool FixValid => (Status & 0b10) != 0;
}
