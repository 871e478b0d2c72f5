using Tracker.Domain.Events;
using Tracker.Gateways.Jt808.Location;

namespace Tracker.UnitTests.Gateways.Jt808;

/// <summary>The seal a location reports, as each device model means it.</summary>
public class Jt808SealTests
{
    private static readonly Jt808ModelSettings Default = new();

    [Fact]
    public void The_lock_item_decides_before_any_bit()
    {
        var sealedButAlarmed = new Jt808Location { Sealed63 = true, Alarm = 1u << 31 };
        Assert.Equal(SealState.Sealed, Jt808Seal.Resolve(sealedButAlarmed, Default, SealState.Opened));
        Assert.Equal(SealState.Sealed, Jt808Seal.Resolve(new Jt808Location { LockedD5 = true }, Default, SealState.Opened));
    }

    [Fact]
    public void Without_an_item_the_mapped_bits_decide_and_tamper_comes_first()
    {
        Assert.Equal(SealState.Opened, Jt808Seal.Resolve(new Jt808Location { Alarm = 1u << 31 }, Default, SealState.Sealed));
        Assert.Equal(SealState.Tampered, Jt808Seal.Resolve(new Jt808Location { Alarm = (1u << 31) | (1u << 17) }, Default, SealState.Sealed));
    }

    [Fact]
    public void With_neither_the_last_known_state_stays()
    {
        Assert.Equal(SealState.Opened, Jt808Seal.Resolve(new Jt808Location { Alarm = 1u << 16 }, Default, SealState.Opened));
        Assert.Equal(SealState.Sealed, Jt808Seal.Resolve(default, Default, SealState.Sealed));
    }

    [Fact]
    public void A_model_maps_its_own_bits_and_items()
    {
        var padlock = new Jt808ModelSettings { OpenAlarmBits = [0], TamperAlarmBits = [1], SealItem = "E8", LockStatusOpenMask = 0x01 };
        Assert.Equal(SealState.Opened, Jt808Seal.Resolve(new Jt808Location { Alarm = 1 }, padlock, SealState.Sealed));
        Assert.Equal(SealState.Tampered, Jt808Seal.Resolve(new Jt808Location { Alarm = 2 }, padlock, SealState.Sealed));
        Assert.Equal(SealState.Opened, Jt808Seal.Resolve(new Jt808Location { LockStatusE8 = 0x000001 }, padlock, SealState.Sealed));
        Assert.Equal(SealState.Sealed, Jt808Seal.Resolve(new Jt808Location { LockStatusE8 = 0x000100, Sealed63 = false }, padlock, SealState.Opened));
        var commands = new Jt808ModelSettings { SealItem = "0B", UnlockCommand = 0x02, SealCommand = 0x01 };
        Assert.Equal(SealState.Opened, Jt808Seal.Resolve(new Jt808Location { LockCommand = 0x02 }, commands, SealState.Sealed));
        Assert.Equal(SealState.Sealed, Jt808Seal.Resolve(new Jt808Location { LockCommand = 0x01 }, commands, SealState.Opened));
    }

    [Fact]
    public void The_time_zone_defaults_to_china_and_follows_the_model()
    {
        Assert.Equal(TimeSpan.FromHours(8), Default.Offset());
        Assert.Equal(TimeSpan.Zero, new Jt808ModelSettings { TimeZone = "+00:00" }.Offset());
        Assert.Equal(TimeSpan.FromHours(-3), new Jt808ModelSettings { TimeZone = "-03:00" }.Offset());
    }
}
