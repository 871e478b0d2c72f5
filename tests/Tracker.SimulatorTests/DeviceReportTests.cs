using Tracker.Domain.Events;
using Tracker.Gateways.Jt808.Location;
using Tracker.Simulator.Gateways;

namespace Tracker.SimulatorTests;

/// <summary>What the simulator's terminals send reads back, through the gateway's own decoder, as the fix it came from.</summary>
public sealed class DeviceReportTests
{
    private static readonly DateTimeOffset Time = new(2026, 5, 9, 8, 42, 27, TimeSpan.Zero);

    [Theory]
    [InlineData("sealed", SealState.Sealed)]
    [InlineData("opened", SealState.Opened)]
    [InlineData("tampered", SealState.Tampered)]
    public void A_lock_report_carries_its_seal_battery_position_and_time(string seal, SealState expected)
    {
        var fix = new DeviceFix("LOCK-1", IsLock: true, Time, -27.263378, 153.037383, 42.5, 271, seal, 83.4);

        Assert.True(Jt808LocationReader.TryRead(Jt808Report.Body(fix, Time, "123456789012"), out var location));

        // The last state known before says sealed: what the report says must win over it.
        var model = new Jt808ModelSettings();
        Assert.Equal(expected, Jt808Seal.Resolve(location, model, expected == SealState.Sealed ? SealState.Opened : SealState.Sealed));
        Assert.Equal(83, location.BatteryPct);
        Assert.Equal(-27.263378, location.Lat, 6);
        Assert.Equal(153.037383, location.Lon, 6);
        Assert.Equal(425, location.Speed);
        Assert.Equal(271, location.Direction);
        Assert.Equal(Time, new DateTimeOffset(location.LocalTime, model.Offset()));
    }

    [Fact]
    public void A_vehicle_report_has_no_lock_item()
    {
        var fix = new DeviceFix("TRK-1", IsLock: false, Time, 36.05, 120.3, 60, 90, null, null);

        Assert.True(Jt808LocationReader.TryRead(Jt808Report.Body(fix, Time, "123456789012"), out var location));

        Assert.Null(location.LockedD5);
        Assert.Null(location.Sealed63);
        Assert.Null(location.BatteryPct);
        Assert.Equal(36.05, location.Lat, 6);
    }

    [Fact]
    public void A_device_keeps_its_terminal_id_and_about_the_share_asked_speak_JT808()
    {
        var ids = Enumerable.Range(0, 4000).Select(i => $"LOCK-7123456-{i:D4}").ToList();

        Assert.All(ids, id => Assert.Matches("^1[0-9]{11}$", DeviceChoice.TerminalId(id)));
        Assert.Equal(DeviceChoice.TerminalId(ids[0]), DeviceChoice.TerminalId("LOCK-7123456-0000"));
        Assert.Equal(ids.Count, ids.Select(DeviceChoice.TerminalId).Distinct().Count());
        Assert.InRange(ids.Count(id => DeviceChoice.SpeaksJt808(id, 0.25)), 900, 1100);
        Assert.All(ids, id => Assert.True(DeviceChoice.SpeaksJt808(id, 1)));
        Assert.All(ids, id => Assert.False(DeviceChoice.SpeaksJt808(id, 0)));
    }
}
