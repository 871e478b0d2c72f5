using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Tracker.Gateways.Jt808.Server;
using Tracker.Simulator.Protocols.Jt808;
using Tracker.Testing.Waiting;

namespace Tracker.HttpTests.Gateways;

/// <summary>
/// Terminals speaking JT/T 808 to the real host: the registry decides who may log in, fixes reach the
/// same grains as HTTP ingest, and the supervision sees them (issue 14 items 1 and 5).
/// </summary>
public sealed class Jt808GatewayTests(Jt808HostFixture fixture) : IClassFixture<Jt808HostFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly HostApi _api = fixture.Api;
    private readonly string _office = Ids.Unique("office");

    private static string Phone() => "1" + string.Concat(Enumerable.Range(0, 10).Select(_ => (char)('0' + Random.Shared.Next(10))));

    private Task<Jt808Terminal> ConnectAsync(string phone, bool is2019 = false) =>
        Jt808Terminal.Connect("127.0.0.1", fixture.Port, phone, is2019);

    private async Task RegisterLockAsync(string phone, string lockId)
    {
        using var response = await _api.PostAsync("/api/v1/devices", Json.Obj(("terminalId", phone), ("protocol", "JT808"), ("lockId", lockId)), await _api.AdminAsync());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    /// <summary>A declared road transit with its seal put on and the transit started, at <paramref name="started"/>.</summary>
    private async Task<(string Id, string LockId)> TransitAsync(DateTimeOffset started)
    {
        var (id, container, lockId) = (Ids.Unique("rt"), Ids.Container(), Ids.Unique("lock"));
        await _api.DeclareAsync(Bodies.RoadDeclaration(id, Ids.Unique("tenant"), _office, [container], [lockId]));
        await _api.EventsAsync(Bodies.Event("SEAL", "SEAL", started, container, id), Bodies.Event("TRANSIT", "TSTR", started.AddMinutes(1), container, id));
        return (id, lockId);
    }

    private async Task<DateTimeOffset[]> LockTrackAsync(string consignment) =>
        [.. (await _api.GetOkAsync($"/api/v1/consignments/{consignment}/track", await _api.ControlAsync()))["locks"]![0]!["points"]!.AsArray().Select(p => Times.Parse(p!["time"]))];

    [Fact]
    public async Task A_lock_that_reports_its_seal_opened_outside_the_zone_raises_the_OPEN_alert()
    {
        // Recent: a lock silent for long is signal-lost at once, which is not what this test is about.
        var start = Times.Base().AddMinutes(168);
        var (id, lockId) = await TransitAsync(start);
        var phone = Phone();
        await RegisterLockAsync(phone, lockId);
        await using var terminal = await ConnectAsync(phone, is2019: true);

        Assert.NotNull(await terminal.Login());
        var onTheWay = await terminal.Report(new Jt808Position(start.AddMinutes(5), 36.05, 120.28, SpeedKmh: 40, Sealed: true, BatteryPct: 80));
        var opened = await terminal.Report(new Jt808Position(start.AddMinutes(10), 36.0, 120.0, Sealed: false, BatteryPct: 79));

        Assert.Equal((0, Jt808Bodies.Location), (onTheWay.Result, onTheWay.AckMessageId));
        Assert.True(opened.Is2019);
        Assert.Equal(0, opened.Result);
        var token = await _api.TokenAsync("customs", office: _office);
        await Eventually.True(async () =>
            (await _api.GetOkAsync("/api/v1/alerts?type=OPEN", token)).AsArray().Any(a => Json.Str(a!["consignmentId"]) == id),
            Patience, "an OPEN alert for the consignment");
        var consignment = await _api.ConsignmentAsync(id);
        Assert.Equal("opened", Json.Str(consignment["locks"]![0]!["seal"]));
    }

    [Fact]
    public async Task A_late_out_of_order_backfill_fills_the_track_in_time_order_and_a_resent_fix_is_a_duplicate()
    {
        var start = Times.Base();
        var (id, lockId) = await TransitAsync(start);
        var phone = Phone();
        await RegisterLockAsync(phone, lockId);
        await using var terminal = await ConnectAsync(phone);
        Assert.NotNull(await terminal.Login());

        var live = new Jt808Position(start.AddMinutes(30), 35.9, 120.1, Sealed: true);
        Assert.Equal(0, (await terminal.Report(live)).Result);
        Assert.Equal(0, (await terminal.Report(live)).Result);
        int[] minutes = [20, 5, 25, 10, 15];
        var backfill = await terminal.Backfill([.. minutes.Select(m => new Jt808Position(start.AddMinutes(m), 36.0 - (m / 1000.0), 120.2, Sealed: true))]);

        var track = await LockTrackAsync(id);

        Assert.Equal((0, Jt808Bodies.LocationBatch), (backfill.Result, backfill.AckMessageId));
        Assert.Equal(Enumerable.Range(1, 6).Select(k => start.AddMinutes(5 * k)), track);
    }

    [Fact]
    public async Task An_unknown_terminal_is_refused_with_result_4_and_counted()
    {
        var metrics = fixture.Host.Services.GetRequiredService<Jt808Metrics>();
        var before = metrics.UnknownTerminals;
        await using var terminal = await ConnectAsync(Phone());

        var reply = await terminal.Register();

        Assert.Equal((Jt808Bodies.RegisterResponse, (byte)4, (string?)null), (reply.MessageId, reply.Result, reply.AuthCode));
        Assert.True(metrics.UnknownTerminals > before);
    }

    [Fact]
    public async Task A_wrong_auth_code_gets_result_1_and_a_terminal_that_skips_auth_is_dropped()
    {
        var (_, lockId) = await TransitAsync(Times.Base());
        var phone = Phone();
        await RegisterLockAsync(phone, lockId);
        await using var terminal = await ConnectAsync(phone);

        Assert.Equal(0, (await terminal.Register()).Result);
        var wrong = await terminal.Authenticate("not-the-code");
        await terminal.Send(Jt808FrameBuilder.Build(Jt808Bodies.Location, phone, 99, Jt808Bodies.LocationReport(new(Times.Base().AddMinutes(3), 36.0, 120.0))));

        Assert.Equal(1, wrong.Result);
        Assert.Null(await terminal.ReadReply());
    }

    [Fact]
    public async Task A_second_login_of_the_same_terminal_replaces_the_first()
    {
        var start = Times.Base();
        var (id, lockId) = await TransitAsync(start);
        var phone = Phone();
        await RegisterLockAsync(phone, lockId);
        await using var first = await ConnectAsync(phone);
        Assert.NotNull(await first.Login());

        await using var second = await ConnectAsync(phone);
        Assert.NotNull(await second.Login());

        Assert.Null(await first.ReadReply());
        Assert.Equal(0, (await second.Heartbeat()).Result);
        Assert.Equal(0, (await second.Report(new Jt808Position(start.AddMinutes(7), 36.0, 120.25, Sealed: true))).Result);
        Assert.Equal([start.AddMinutes(7)], await LockTrackAsync(id));
    }

    [Fact]
    public async Task The_HTTP_API_still_answers_beside_the_gateway()
    {
        using var live = await _api.GetAsync("/health/live", null);
        var (id, _) = await TransitAsync(Times.Base());

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(id, Json.Str((await _api.ConsignmentAsync(id))["id"]));
    }
}
