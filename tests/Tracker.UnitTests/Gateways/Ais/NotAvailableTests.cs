using Tracker.Gateways.Ais.Assembly;
using Tracker.Gateways.Ais.Messages;
using Tracker.Gateways.Ais.Sentences;
using Tracker.Simulator.Protocols.Nmea;

namespace Tracker.UnitTests.Gateways.Ais;

/// <summary>"Not available" codes become null, never a number on the map; short type 5 and 24 messages are taken.</summary>
public sealed class NotAvailableTests
{
    [Fact]
    public void Speed_course_heading_and_status_not_available_are_null_in_the_report()
    {
        var feed = new NmeaFeed();

        feed.Lines(NmeaSentences.Wrap(AisEncoder.ClassA(new AisFix(477123400, 36.0, 120.0, SogKnots: null, CogDegrees: null, Heading: null, NavStatus: null))));

        var r = Assert.Single(feed.Reports);
        Assert.Null(r.SogKnots);
        Assert.Null(r.CogDegrees);
        Assert.Null(r.Heading);
        Assert.Null(r.NavStatus);
    }

    [Theory]
    [InlineData(null, 120.0)]
    [InlineData(36.0, null)]
    [InlineData(null, null)]
    public void A_position_not_available_gives_no_report(double? lat, double? lon)
    {
        var feed = new NmeaFeed();

        Assert.Equal([NmeaDrop.NoPosition], feed.Lines(NmeaSentences.Wrap(AisEncoder.ClassB(new AisFix(338087471, lat, lon, 5.0)))));

        Assert.Empty(feed.Reports);
        Assert.False(NmeaDrops.IsBadInput(NmeaDrop.NoPosition));
    }

    [Fact]
    public void Type_5_with_IMO_call_sign_name_destination_and_ETA_not_available_gives_nulls()
    {
        var (_, statics) = NmeaFeed.Message(NmeaSentences.Wrap(AisEncoder.StaticVoyage(new AisVoyage(477123400)), maxPayload: 100)[0]);

        Assert.Null(statics!.Imo);
        Assert.Null(statics.CallSign);
        Assert.Null(statics.Name);
        Assert.Null(statics.Destination);
        Assert.Null(statics.ShipType);
        Assert.Null(statics.Dimensions);
        Assert.Null(statics.DraughtMetres);
        Assert.Equal(new AisEta(null, null, null, null), statics.Eta);
    }

    [Fact]
    public void An_IMO_number_failing_its_check_digit_is_not_taken()
    {
        var (_, statics) = NmeaFeed.Message(NmeaSentences.Wrap(AisEncoder.StaticVoyage(new AisVoyage(477123400, Imo: 9074728, Name: "X")), maxPayload: 100)[0]);

        Assert.Null(statics!.Imo);
        Assert.Equal("X", statics.Name);
    }

    [Theory]
    [InlineData(420)]
    [InlineData(422)]
    [InlineData(400)]
    public void A_short_type_5_is_taken_with_as_much_destination_as_it_carries(int bits)
    {
        var full = AisEncoder.StaticVoyage(new AisVoyage(477123400, Imo: 9074729, Name: "FEEDER ONE", Destination: "QINGDAO ANCHORAGE AB",
            Eta: new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero)));
        var (_, statics) = NmeaFeed.Message(NmeaSentences.Wrap(Cut(full, bits), maxPayload: 100)[0]);

        Assert.Equal("FEEDER ONE", statics!.Name);
        Assert.Equal(new AisEta(6, 1, 8, 0), statics.Eta);
        var kept = (bits - 302) / 6;
        Assert.Equal("QINGDAO ANCHORAGE AB"[..kept].TrimEnd(), statics.Destination);
    }

    [Fact]
    public void A_type_5_too_short_for_its_name_is_dropped_as_payload()
    {
        var feed = new NmeaFeed();
        var cut = Cut(AisEncoder.StaticVoyage(new AisVoyage(477123400, Name: "FEEDER ONE")), 200);

        Assert.Equal([NmeaDrop.Payload], feed.Lines(NmeaSentences.Wrap(cut, maxPayload: 100)));
    }

    [Fact]
    public void A_type_24_part_B_cut_short_keeps_what_it_has()
    {
        var cut = Cut(AisEncoder.StaticPartB(new AisVoyage(271041815, CallSign: "TC6163", ShipType: 60)), 132);
        var (_, statics) = NmeaFeed.Message(NmeaSentences.Wrap(cut)[0]);

        Assert.Equal("TC6163", statics!.CallSign);
        Assert.Null(statics.Dimensions);
    }

    /// <summary>The first <paramref name="bits"/> bits of a message, re-armoured.</summary>
    private static (string Payload, int Fill) Cut((string Payload, int Fill) message, int bits)
    {
        var w = new SixBitWriter();
        var all = message.Payload.Select(c => c - 48 > 40 ? c - 56 : c - 48).SelectMany(v => Enumerable.Range(0, 6).Select(i => (v >> (5 - i)) & 1)).ToList();
        foreach (var b in all.Take(bits))
        {
            w.U(b, 1);
        }

        return w.Armour();
    }
}
