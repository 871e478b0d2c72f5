using System.Globalization;

namespace Tracker.Gateways.Jt808.Location;

/// <summary>
/// What a device model means by its bits and items (<c>Gateways:Jt808:Models:{model}:...</c>). Vendors reuse the
/// standard's alarm bits for lock events (removal, tamper, door), put the seal in different items, and some send
/// UTC instead of GMT+8; the registry records each terminal's model so that the gateway reads it right.
/// </summary>
public sealed class Jt808ModelSettings
{
    /// <summary>The zone of the terminal's clock, "+08:00" (the standard's) unless the model sends UTC or other.</summary>
    public string TimeZone { get; set; } = "+08:00";

    /// <summary>Alarm bits that mean the seal was opened. Default: 31, illegal door opening.</summary>
    public List<int> OpenAlarmBits { get; set; } = [31];

    /// <summary>Alarm bits that mean the seal was tampered with. Default: 17 (removal, as most padlocks use it).</summary>
    public List<int> TamperAlarmBits { get; set; } = [17];

    public List<int> OpenStatusBits { get; set; } = [];

    public List<int> TamperStatusBits { get; set; } = [];

    /// <summary>
    /// Which additional item carries the seal: "auto" (0x63, else 0xD5), "63", "D5", "E8", "0B" or "none"
    /// (only the mapped bits then).
    /// </summary>
    public string SealItem { get; set; } = "auto";

    /// <summary>Item 0xE8: the bits of its 3-byte status that mean open (0: the item is not read).</summary>
    public int LockStatusOpenMask { get; set; }

    /// <summary>Item 0x0B: the command byte that unlocks (opens the seal) and the one that locks it.</summary>
    public int? UnlockCommand { get; set; }

    public int? SealCommand { get; set; }

    public TimeSpan Offset() =>
        TimeSpan.TryParse(TimeZone.TrimStart('+'), CultureInfo.InvariantCulture, out var offset) && Math.Abs(offset.TotalHours) <= 14
            ? offset
            : TimeSpan.FromHours(8);

    public static uint Mask(List<int> bits)
    {
        ArgumentNullException.ThrowIfNull(bits);
        var mask = 0u;
        foreach (var bit in bits)
        {
            if (bit is >= 0 and < 32)
            {
                mask |= 1u << bit;
            }
        }

        return mask;
    }
}
