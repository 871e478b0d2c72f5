using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Tracker.Gateways.Ais.Sources;
using Tracker.Gateways.Hosting;
using Tracker.Simulator.Protocols.Nmea;
using Tracker.Testing.Hosts;
using Tracker.Testing.Waiting;

namespace Tracker.HttpTests.Gateways;

/// <summary>
/// The NMEA sources of a real host, configured as an operator would (<c>Gateways:Nmea:*</c>): a feed the host
/// connects to (the simulator's feed server), and the TCP and UDP listeners receivers connect to.
/// </summary>
public sealed class NmeaSourcesTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(30);

    private readonly NmeaFeedServer _feed = new();
    private RunningHost? _host;
    private HostApi? _api;

    private RunningHost Host => _host!;

    private HostApi Api => _api!;

    public async Task InitializeAsync()
    {
        _host = await RunningHost.StartInMemoryAsync(
            $"--Gateways:Nmea:Feeds:0={_feed.Endpoint}",
            "--Gateways:Nmea:TcpPort=0",
            "--Gateways:Nmea:UdpPort=0");
        _api = new HostApi(_host.Address);
    }

    /// <summary>xunit calls it after <see cref="DisposeAsync"/>.</summary>
    public void Dispose() => _api?.Dispose();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
        }

        await _feed.DisposeAsync();
    }

    [Fact]
    public async Task A_feed_the_host_connects_to_moves_a_vessel_and_gives_its_voyage()
    {
        var (mmsi, imo) = (Ids.Mmsi(), Ids.Imo());
        var t = Times.Base();
        await _feed.WaitForClient();

        await _feed.Send([.. NmeaText.Voyage(mmsi, imo, t, t.AddDays(2), "CNXMN"), .. NmeaText.Position(mmsi, t.AddSeconds(5), 36.10, 120.50)]);

        await VesselAt(imo, 36.10, 120.50);
        var vessel = await Api.GetOkAsync($"/api/v1/vessels/{imo}", await Api.ControlAsync());
        Assert.Equal("CNXMN", Json.Str(vessel["destination"]));
    }

    [Fact]
    public async Task A_receiver_connecting_to_the_TCP_listener_moves_a_vessel()
    {
        var (mmsi, imo) = (Ids.Mmsi(), Ids.Imo());
        var t = Times.Base();
        var port = Host.Services.GetServices<GatewayListener>().Single(l => l.Name == "nmea-tcp").BoundPort!.Value;
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, port);

        await tcp.GetStream().WriteAsync(Encoding.ASCII.GetBytes(NmeaText.Body(
            [.. NmeaText.Voyage(mmsi, imo, t, t.AddDays(2), "CNTAO"), "garbage line", .. NmeaText.Position(mmsi, t.AddSeconds(5), 36.20, 120.60)])));

        await VesselAt(imo, 36.20, 120.60);
    }

    [Fact]
    public async Task A_receiver_sending_UDP_datagrams_moves_a_vessel()
    {
        var (mmsi, imo) = (Ids.Mmsi(), Ids.Imo());
        var t = Times.Base();
        var port = await Host.Services.GetRequiredService<NmeaUdpListener>().BoundPort;
        using var udp = new UdpClient();

        foreach (var line in (string[])[.. NmeaText.Voyage(mmsi, imo, t, t.AddDays(2), "CNTAO"), .. NmeaText.Position(mmsi, t.AddSeconds(5), 36.30, 120.70)])
        {
            await udp.SendAsync(Encoding.ASCII.GetBytes(line + "\r\n"), new IPEndPoint(IPAddress.Loopback, port));
        }

        await VesselAt(imo, 36.30, 120.70);
    }

    private async Task VesselAt(string imo, double lat, double lon)
    {
        var control = await Api.ControlAsync();
        await Eventually.True(async () =>
        {
            using var response = await Api.GetAsync($"/api/v1/vessels/{imo}", control);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return false;
            }

            var position = (await Json.ReadAsync(response))["position"];
            return position is not null
                && Math.Abs(position["lat"]!.GetValue<double>() - lat) < 1e-5
                && Math.Abs(position["lon"]!.GetValue<double>() - lon) < 1e-5;
        }, Within, $"vessel {imo} at {lat}, {lon}");
    }
}
