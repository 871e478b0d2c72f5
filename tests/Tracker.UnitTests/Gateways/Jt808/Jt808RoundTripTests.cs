using Tracker.Domain.Events;
using Tracker.Gateways.Jt808.Framing;
using Tracker.Gateways.Jt808.Location;
using Tracker.Gateways.Jt808.Messages;
using Tracker.Simulator.Protocols.Jt808;

namespace Tracker.UnitTests.Gateways.Jt808;

/// <summary>What the simulator's terminal encodes, the gateway decodes to the same values.</summary>
public class Jt808RoundTripTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 23, 59, 58, TimeSpan.Zero);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_location_with_items_round_trips(bool is2019)
    {
        var position = new Jt808Position(At, -33.856785, -151.215256, SpeedKmh: 42.5, Heading: 271, Altitude: -12, Sealed: false, BatteryPct: 64, MileageTenthsKm: 123456, Satellites: 9);
        var frame = Jt808FrameBuilder.Build(Jt808Bodies.Location, "13800138000", 0x7E7D, Jt808Bodies.LocationReport(position), is2019);
        var f = Frames.Single(Convert.ToHexString(frame));
        Assert.Equal("13800138000", f.TerminalId);
        Assert.Equal(0x7E7D, f.Serial);
        Assert.Equal(is2019, f.Is2019);
        Assert.True(Jt808LocationReader.TryRead(f.Body, out var l));
        Assert.Equal(position.Lat, l.Lat, 6);
        Assert.Equal(position.Lon, l.Lon, 6);
        Assert.Equal(425, l.Speed);
        Assert.Equal(271, l.Direction);
        Assert.Equal(-12, l.Altitude);
        Assert.Equal(At, new DateTimeOffset(l.LocalTime, TimeSpan.FromHours(8)));
        Assert.False(l.Sealed63);
        Assert.Equal(64, l.BatteryPct);
        Assert.Equal(123456u, l.Mileage);
        Assert.Equal((byte)9, l.Satellites);
        Assert.Equal(SealState.Opened, Jt808Seal.Resolve(l, new Jt808ModelSettings(), SealState.Sealed));
    }

    [Fact]
    public void A_backfill_batch_keeps_every_item_in_its_order()
    {
        var positions = Enumerable.Range(0, 20).Select(i => new Jt808Position(At.AddMinutes(-i * 3), 31.2 + (i / 1000.0), 121.5, Sealed: true)).ToList();
        var frame = Jt808FrameBuilder.Build(Jt808Bodies.LocationBatch, "1", 5, Jt808Bodies.Batch(positions));
        var f = Frames.Single(Convert.ToHexString(frame));
        var items = new List<Jt808Location>();
        Assert.True(Jt808LocationReader.TryReadBatch(f.Body, items, out var bad));
        Assert.Equal(0, bad);
        Assert.Equal(positions.Select(p => p.Time), items.Select(l => new DateTimeOffset(l.LocalTime, TimeSpan.FromHours(8))));
        Assert.All(items, l => Assert.True(l.Sealed63));
    }

    [Fact]
    public void Registration_and_authentication_round_trip_in_both_versions()
    {
        foreach (var is2019 in new[] { false, true })
        {
            var reg = Frames.Single(Convert.ToHexString(Jt808FrameBuilder.Build(Jt808Bodies.Register, "013800138000", 1, Jt808Bodies.Registration("MAKER", "LOCK-9", "D1", is2019, plate: "ABC123"), is2019)));
            Assert.Equal("13800138000", reg.TerminalId);
            Assert.True(Jt808Register.TryRead(reg.Body, is2019, out var r));
            Assert.Equal(("MAKER", "LOCK-9", "D1", "ABC123"), (r!.Maker, r.Model, r.DeviceId, r.Plate));

            var auth = Frames.Single(Convert.ToHexString(Jt808FrameBuilder.Build(Jt808Bodies.Authenticate, "1", 2, Jt808Bodies.Authentication("s3cr3t-Code", is2019, "861234567890123", "fw"), is2019)));
            Assert.True(Jt808Auth.TryReadCode(auth.Body, is2019, out var code));
            Assert.Equal("s3cr3t-Code", code);
        }
    }

    [Fact]
    public void Sub_packages_are_reassembled_in_index_order_whatever_their_arrival()
    {
        var body = Jt808Bodies.Batch(Enumerable.Range(0, 30).Select(i => new Jt808Position(At.AddSeconds(-i), 22.5, 114.1)).ToList());
        var parts = body.Chunk(400).ToList();
        var frames = parts.Select((p, i) => Jt808FrameBuilder.Build(Jt808Bodies.LocationBatch, "42", (ushort)(10 + i), p, part: ((ushort)parts.Count, (ushort)(i + 1)))).Reverse().ToArray();
        var (taken, drops) = Frames.Read([.. frames.SelectMany(f => f)]);
        Assert.Empty(drops);
        var assembler = new Jt808Reassembler(TimeSpan.FromMinutes(1));
        byte[]? whole = null;
        foreach (var t in taken)
        {
            var header = new Jt808Header(t.MessageId, (ushort)(0x2000 | t.BodyLength), 0, new byte[6], t.Serial, t.Total, t.Index);
            whole = assembler.Add(header, t.Body, At, out var refused) ?? whole;
            Assert.False(refused);
        }

        Assert.Equal(body, whole);
        Assert.Equal(0, assembler.OpenSets);
    }

    [Fact]
    public void Incomplete_sub_packages_expire()
    {
        var assembler = new Jt808Reassembler(TimeSpan.FromMinutes(1));
        var first = new Jt808Header(0x0704, 0x2000, 0, new byte[6], 1, 2, 1);
        Assert.Null(assembler.Add(first, [1, 2, 3], At, out _));
        var other = new Jt808Header(0x0200, 0x2000, 0, new byte[6], 9, 3, 1);
        Assert.Null(assembler.Add(other, [4], At.AddMinutes(2), out _));
        Assert.Equal(1, assembler.OpenSets);
        var late = new Jt808Header(0x0704, 0x2000, 0, new byte[6], 2, 2, 2);
        Assert.Null(assembler.Add(late, [9], At.AddMinutes(2), out _));
    }
}
