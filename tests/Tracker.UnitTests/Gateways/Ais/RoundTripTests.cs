using Tracker.Gateways.Ais.Messages;
using Tracker.Simulator.Protocols.Nmea;

namespace Tracker.UnitTests.Gateways.Ais;

/// <summary>What the simulator's transponder sends is what the gateway reads.</summary>
public sealed class RoundTripTests
{
    [Theory]
    [InlineData(1, 412345678u, 36.066667, 120.383333, 12.3, 271.5, 270, 0)]
    [InlineData(1, 412345678u, -33.865143, 151.2099, 0.0, 0.0, 0, 5)]
    [InlineData(3, 999999999u, 89.9, -179.9, 102.2, 359.9, 359, 1)]
    public void Class_A_positions_survive_encoding(int type, uint mmsi, double lat, double lon, double sog, double cog, int heading, int status)
    {
        var sent = new AisFix(mmsi, lat, lon, sog, cog, heading, status, 17);
        var p = NmeaFeed.Message(NmeaSentences.Wrap(AisEncoder.ClassA(sent, type))[0]).Position!.Value;

        Assert.Equal(type, p.Type);
        Assert.Equal(mmsi, p.Mmsi);
        Assert.Equal(lat, p.Lat!.Value, 5);
        Assert.Equal(lon, p.Lon!.Value, 5);
        Assert.Equal(sog, p.SogKnots!.Value, 6);
        Assert.Equal(cog, p.CogDegrees!.Value, 6);
        Assert.Equal(heading, p.Heading);
        Assert.Equal(status, p.NavStatus);
        Assert.Equal(17, p.Second);
    }

    [Fact]
    public void Class_B_positions_survive_encoding()
    {
        var p = NmeaFeed.Message(NmeaSentences.Wrap(AisEncoder.ClassB(new AisFix(338087471, 40.68454, -74.0721317, 0.1, 79.6)))[0]).Position!.Value;

        Assert.Equal(18, p.Type);
        Assert.Equal(40.68454, p.Lat!.Value, 6);
        Assert.Equal(-74.0721317, p.Lon!.Value, 6);
        Assert.Equal(0.1, p.SogKnots!.Value, 6);
        Assert.Equal(79.6, p.CogDegrees!.Value, 6);
        Assert.Null(p.Heading);
    }

    [Fact]
    public void Type_5_sent_in_two_fragments_arrives_whole()
    {
        var feed = new NmeaFeed();
        var voyage = new AisVoyage(477123400, 9074729, "VRAB5", "FEEDER ONE", 71, 120, 30, 11, 11,
            new DateTimeOffset(2026, 5, 11, 22, 15, 0, TimeSpan.Zero), 9.1, "CN TAO>CN XMN");
        var lines = NmeaSentences.Wrap(AisEncoder.StaticVoyage(voyage), 'B', 7);

        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.True(l.Length <= 82, l));
        feed.Lines([.. lines, .. NmeaSentences.Wrap(AisEncoder.ClassA(new AisFix(477123400, 36.0, 120.3)))]);

        var r = Assert.Single(feed.Reports);
        Assert.Equal(("9074729", "VRAB5", "FEEDER ONE", "CN TAO>CN XMN"), (r.Imo, r.CallSign, r.Name, r.Destination));
        Assert.Equal(new DateTimeOffset(2026, 5, 11, 22, 15, 0, TimeSpan.Zero), r.Eta);
    }

    [Fact]
    public void Type_24_parts_survive_encoding()
    {
        var voyage = new AisVoyage(271041815, CallSign: "TC6163", Name: "PROGUY", ShipType: 60, Bow: 0, Stern: 15, Port: 0, Starboard: 5);

        var a = NmeaFeed.Message(NmeaSentences.Wrap(AisEncoder.StaticPartA(voyage))[0]).Static!;
        var b = NmeaFeed.Message(NmeaSentences.Wrap(AisEncoder.StaticPartB(voyage, "ACM", 3, 4242))[0]).Static!;

        Assert.Equal("PROGUY", a.Name);
        Assert.Equal((60, "ACM", 3, 4242, "TC6163"), (b.ShipType, b.Vendor, b.Model, b.Serial, b.CallSign));
        Assert.Equal(new AisDimensions(0, 15, 0, 5), b.Dimensions);
    }
}
