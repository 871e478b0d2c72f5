using Tracker.Gateways.Jt808.Framing;
using Tracker.Gateways.Jt808.Location;
using Tracker.Gateways.Jt808.Messages;

namespace Tracker.UnitTests.Gateways.Jt808;

/// <summary>The known-answer vectors of PROTOCOLS.md §1.6.</summary>
public class Jt808VectorTests
{
    private static Jt808Location Location(byte[] body)
    {
        Assert.True(Jt808LocationReader.TryRead(body, out var location));
        return location;
    }

    [Fact]
    public void J1_2013_location_with_escaped_serial_and_fuel()
    {
        var f = Frames.Single("7E02000026123456789012007D02000000010000000200BA7F0E07E4F11C0028003C00001810151010100104000000640202007D01137E");
        Assert.Equal((ushort)0x0200, f.MessageId);
        Assert.Equal("123456789012", f.TerminalId);
        Assert.Equal(126, f.Serial);
        Assert.Equal(38, f.BodyLength);
        Assert.False(f.Is2019);
        var l = Location(f.Body);
        Assert.Equal(1u, l.Alarm);
        Assert.Equal(2u, l.Status);
        Assert.Equal(12.222222, l.Lat, 6);
        Assert.Equal(132.444444, l.Lon, 6);
        Assert.Equal(40, l.Altitude);
        Assert.Equal(60, l.Speed);
        Assert.Equal(0, l.Direction);
        Assert.Equal(new DateTime(2018, 10, 15, 10, 10, 10), l.LocalTime);
        Assert.Equal(100u, l.Mileage);
        Assert.Equal((ushort)125, l.Fuel);
    }

    [Fact]
    public void J2_2019_batch_from_a_southern_terminal()
    {
        var f = Frames.Single("7e0704402d0100000866496077582164881d0001000028000000000000000701a00192091f2a4700160000000226050916422701040000258230010031010e507e");
        Assert.Equal((ushort)0x0704, f.MessageId);
        Assert.True(f.Is2019);
        Assert.Equal(1, f.Version);
        Assert.Equal("866496077582164", f.TerminalId);
        Assert.Equal(34845, f.Serial);
        var items = new List<Jt808Location>();
        Assert.True(Jt808LocationReader.TryReadBatch(f.Body, items, out var bad));
        Assert.Equal(0, bad);
        var l = Assert.Single(items);
        Assert.Equal(7u, l.Status);
        Assert.Equal(-27.263378, l.Lat, 6);
        Assert.Equal(153.037383, l.Lon, 6);
        Assert.Equal(22, l.Altitude);
        Assert.Equal(2, l.Direction);
        Assert.Equal(new DateTime(2026, 5, 9, 16, 42, 27), l.LocalTime);
        Assert.Equal(9602u, l.Mileage);
        Assert.Equal((byte)14, l.Satellites);
    }

    [Fact]
    public void J3_lock_item_D5_reports_not_locked_and_its_battery()
    {
        var f = Frames.Single("7E02000053200002604323004800000000000C00000158B91406CB7007006B00000000220512101138010400000F2803020000250400000000300114310100E30100D50E0100026043232795980277530030E50400000000E7020FC8E8020E83AB7E");
        Assert.Equal("200002604323", f.TerminalId);
        Assert.Equal(72, f.Serial);
        var l = Location(f.Body);
        Assert.Equal(0x000C0000u, l.Status);
        Assert.False(l.FixValid);
        Assert.Equal(22.591764, l.Lat, 6);
        Assert.Equal(113.995783, l.Lon, 6);
        Assert.Equal(107, l.Altitude);
        Assert.Equal(new DateTime(2022, 5, 12, 10, 11, 38), l.LocalTime);
        Assert.False(l.LockedD5);
        Assert.Equal(83, l.BatteryPct);
        Assert.Equal(Tracker.Domain.Events.SealState.Opened, Jt808Seal.Resolve(l, new Jt808ModelSettings(), Tracker.Domain.Events.SealState.Sealed));
    }

    [Fact]
    public void J4_seal_item_63_in_the_southern_hemisphere()
    {
        var f = Frames.Single("7e02000072440061018577001b0000100000200066005ffb8b065dc8900000000000002309080513406316cd91fe1314da1080318122c3a19a6f6f3a0fc6318113660b01fe00000a069a011704de690201a16a011f6b010a6c0f35313031303139313539323738373571143839363231303030313931353932373837353546407e");
        Assert.Equal("440061018577", f.TerminalId);
        Assert.Equal(27, f.Serial);
        var l = Location(f.Body);
        Assert.Equal(0x1000u, l.Alarm);
        Assert.Equal(0x00200066u, l.Status);
        Assert.Equal(-6.290315, l.Lat, 6);
        Assert.Equal(106.809488, l.Lon, 6);
        Assert.Equal(new DateTime(2023, 9, 8, 5, 13, 40), l.LocalTime);
        Assert.True(l.Sealed63);
        Assert.Equal(4038, l.LockBatteryMv);
        Assert.Equal(Tracker.Domain.Events.SealState.Sealed, Jt808Seal.Resolve(l, new Jt808ModelSettings(), Tracker.Domain.Events.SealState.Opened));
    }

    [Fact]
    public void J5_2013_registration()
    {
        var f = Frames.Single("7e0100002d0141305678720024002c012f373031313142534a2d41362d424400000000000000000000003035363738373201d4c14238383838386d7e");
        Assert.Equal("14130567872", f.TerminalId);
        Assert.Equal(36, f.Serial);
        Assert.True(Jt808Register.TryRead(f.Body, f.Is2019, out var r));
        Assert.Equal((ushort)44, r!.Province);
        Assert.Equal((ushort)303, r.City);
        Assert.Equal("70111", r.Maker);
        Assert.Equal("BSJ-A6-BD", r.Model);
        Assert.Equal("0567872", r.DeviceId);
        Assert.Equal(1, r.PlateColor);
        Assert.Equal("粤B88888", r.Plate);
    }

    [Fact]
    public void J6_2019_registration()
    {
        var f = Frames.Single("7E010040540100000000000123456789000A002800323132333400000000000000736D616C6C6368693132330000000000000000000000000000000000000043484931323300000000000000000000000000000000000000000000000001D4C1413132333435B27E");
        Assert.True(f.Is2019);
        Assert.Equal(1, f.Version);
        Assert.Equal("123456789", f.TerminalId);
        Assert.Equal(10, f.Serial);
        Assert.True(Jt808Register.TryRead(f.Body, f.Is2019, out var r));
        Assert.Equal((ushort)40, r!.Province);
        Assert.Equal((ushort)50, r.City);
        Assert.Equal("1234", r.Maker);
        Assert.Equal("smallchi123", r.Model);
        Assert.Equal("CHI123", r.DeviceId);
        Assert.Equal(1, r.PlateColor);
        Assert.Equal("粤A12345", r.Plate);
    }

    [Fact]
    public void J7_heartbeat_whose_checksum_is_an_escaped_flag()
    {
        var f = Frames.Single("7E00020000040021679287002B7D027E");
        Assert.Equal((ushort)0x0002, f.MessageId);
        Assert.Equal("40021679287", f.TerminalId);
        Assert.Equal(43, f.Serial);
        Assert.Empty(f.Body);
    }

    [Fact]
    public void J8_authentication_code()
    {
        var f = Frames.Single("7E0102000E013511221122000661757468656E7469636174696F6E3F7E");
        Assert.Equal(6, f.Serial);
        Assert.True(Jt808Auth.TryReadCode(f.Body, f.Is2019, out var code));
        Assert.Equal("authentication", code);
    }

    [Fact]
    public void J9_platform_replies_read_back()
    {
        var register = Frames.Single("7E81000009012345678900000A006400313233343536687E");
        Assert.Equal((ushort)0x8100, register.MessageId);
        Assert.Equal([0x00, 0x64, 0x00, .. "123456"u8], register.Body);
        var general = Frames.Single("7E80010005012345678900000A0064020000617E");
        Assert.True(Jt808Replies.TryReadGeneral(general.Body, out var serial, out var id, out var result));
        Assert.Equal(100, serial);
        Assert.Equal((ushort)0x0200, id);
        Assert.Equal(0, result);
    }

    [Fact]
    public void Negative_vector_whose_declared_length_disagrees_is_dropped()
    {
        var (frames, drops) = Frames.Read(Convert.FromHexString("7E02000032013511221122000700000000000C000301578CC006CA3A5C00470000000014072317201501040000000030011631010BD07E"));
        Assert.Empty(frames);
        Assert.Equal([Jt808Drop.LengthMismatch], drops);
    }
}
