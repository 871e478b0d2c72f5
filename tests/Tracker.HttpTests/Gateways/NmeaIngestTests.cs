using System.Net;
using System.Text.Json.Nodes;

namespace Tracker.HttpTests.Gateways;

/// <summary>POST /api/v1/ingest/nmea: AIS sentences as text, through the same journal as the JSON ingest.</summary>
public sealed class NmeaIngestTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Path = "/api/v1/ingest/nmea";

    private readonly HostApi _api = host.Api;

    private async Task<JsonNode> PostAsync(IEnumerable<string> lines, string? token = null)
    {
        using var response = await _api.PostRawAsync(Path, NmeaText.Body(lines), "text/plain", token ?? await _api.DeviceAsync());
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return await Json.ReadAsync(response);
    }

    [Fact]
    public async Task Sentences_move_a_feeder_and_its_type_5_gives_the_vessel_its_ETA_destination_and_call_sign()
    {
        var (mmsi, imo) = (Ids.Mmsi(), Ids.Imo());
        var t = Times.Base();
        var eta = new DateTimeOffset(t.Year, t.Month, t.Day, t.Hour, t.Minute, 0, TimeSpan.Zero).AddDays(1);

        var first = await PostAsync([.. NmeaText.Position(mmsi, t, 36.05, 120.40), .. NmeaText.Voyage(mmsi, imo, t.AddSeconds(20), eta, "CNTAO")]);
        var second = await PostAsync(NmeaText.Position(mmsi, t.AddMinutes(1), 36.06, 120.41));

        Problems.AssertCounts(first, accepted: 2, duplicates: 0);
        Problems.AssertCounts(second, accepted: 1, duplicates: 0);
        var vessel = await _api.GetOkAsync($"/api/v1/vessels/{imo}", await _api.ControlAsync());
        Assert.Equal(mmsi, Json.Str(vessel["mmsi"]));
        Assert.Equal(36.06, vessel["position"]!["lat"]!.GetValue<double>(), 5);
        Assert.Equal(120.41, vessel["position"]!["lon"]!.GetValue<double>(), 5);
        Assert.Equal(t.AddMinutes(1), vessel["position"]!["time"]!.GetValue<DateTimeOffset>());
        Assert.Equal("CNTAO", Json.Str(vessel["destination"]));
        Assert.Equal(eta, vessel["eta"]!.GetValue<DateTimeOffset>());
        Assert.Equal("NMEA FEEDER", Json.Str(vessel["name"]));
        Assert.Equal("VRNM4", Json.Str(vessel["callSign"]));
    }

    [Fact]
    public async Task The_same_sentences_sent_again_are_duplicates()
    {
        var mmsi = Ids.Mmsi();
        var t = Times.Base();
        string[] lines = [.. NmeaText.Position(mmsi, t, 36.0, 120.0), .. NmeaText.Position(mmsi, t.AddSeconds(10), 36.001, 120.001)];

        Problems.AssertCounts(await PostAsync(lines), accepted: 2, duplicates: 0);
        Problems.AssertCounts(await PostAsync(lines), accepted: 0, duplicates: 2);
    }

    [Fact]
    public async Task Bad_lines_are_refused_naming_their_line_and_the_good_ones_are_taken()
    {
        var mmsi = Ids.Mmsi();
        var good = NmeaText.Position(mmsi, Times.Base(), 36.0, 120.0)[0];
        var badChecksum = good[..^2] + (good[^2..] == "00" ? "01" : "00");

        var result = await PostAsync([good, "", badChecksum, "not nmea at all"]);

        Problems.AssertCounts(result, accepted: 1, duplicates: 0, rejected: 2);
        Problems.AssertRejected(result, (2, "line"), (3, "line"));
        Assert.StartsWith("line 3 ", Json.Str(result["rejected"]![0]!["problem"]!["detail"]), StringComparison.Ordinal);
        Assert.StartsWith("line 4 ", Json.Str(result["rejected"]![1]!["problem"]!["detail"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_device_token_is_refused_the_vessels_outside_its_scope_naming_the_line()
    {
        var (mine, other) = (Ids.Mmsi(), Ids.Mmsi());
        var token = await _api.TokenAsync("device", devices: [mine]);

        var result = await PostAsync([.. NmeaText.Position(other, Times.Base(), 36.0, 120.0), .. NmeaText.Position(mine, Times.Base(), 36.0, 120.0)], token);

        Problems.AssertCounts(result, accepted: 1, duplicates: 0, rejected: 1);
        Problems.AssertRejected(result, (0, "mmsi"));
    }

    [Fact]
    public async Task A_JSON_body_is_refused_with_415()
    {
        using var response = await _api.PostRawAsync(Path, "[]", "application/json", await _api.DeviceAsync());

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }
}
