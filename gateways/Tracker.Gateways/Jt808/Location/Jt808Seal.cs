using Tracker.Domain.Events;

namespace Tracker.Gateways.Jt808.Location;

/// <summary>The seal state a location reports, read the way its model says.</summary>
public static class Jt808Seal
{
    /// <summary>
    /// The lock item first (it states the seal outright), else the mapped alarm and status bits (tamper before
    /// open), else <paramref name="last"/>: most reports carry neither, and a seal does not change silently.
    /// </summary>
    public static SealState Resolve(in Jt808Location location, Jt808ModelSettings model, SealState last)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (FromItem(location, model) is { } closed)
        {
            return closed ? SealState.Sealed : SealState.Opened;
        }

        if ((location.Alarm & Jt808ModelSettings.Mask(model.TamperAlarmBits)) != 0
            || (location.Status & Jt808ModelSettings.Mask(model.TamperStatusBits)) != 0)
        {
            return SealState.Tampered;
        }

        if ((location.Alarm & Jt808ModelSettings.Mask(model.OpenAlarmBits)) != 0
            || (location.Status & Jt808ModelSettings.Mask(model.OpenStatusBits)) != 0)
        {
            return SealState.Opened;
        }

        return last;
    }

    /// <summary>True when the item says sealed, false when it says open, null when the model's item is absent.</summary>
    private static bool? FromItem(in Jt808Location l, Jt808ModelSettings model) => model.SealItem.ToUpperInvariant() switch
    {
        "AUTO" => l.Sealed63 ?? l.LockedD5,
        "63" or "0X63" => l.Sealed63,
        "D5" or "0XD5" => l.LockedD5,
        "E8" or "0XE8" => l.LockStatusE8 is { } s && model.LockStatusOpenMask != 0 ? (s & model.LockStatusOpenMask) == 0 : null,
        "0B" or "0X0B" => l.LockCommand is { } c
            ? c == model.UnlockCommand ? false : c == model.SealCommand ? true : null
            : null,
        _ => null,
    };
}
