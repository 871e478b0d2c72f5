using Tracker.Gateways.Ais.Messages;

namespace Tracker.UnitTests.Gateways.Ais;

/// <summary>The AIS vectors A1–A7 of PROTOCOLS.md §2.3 (GPSD and pyais test data).</summary>
public sealed class KnownAnswerTests
{
    [Fact]
    public void A1_a_class_A_position_report_decodes_every_field()
    {
        var p = NmeaFeed.Message("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A").Position!.Value;

        Assert.Equal(1, p.Type);
        Assert.Equal(371798000u, p.Mmsi);
        Assert.Equal(0, p.NavStatus);
        Assert.Equal(-127, p.RateOfTurnRaw);
        Assert.Equal(12.3, p.SogKnots!.Value, 6);
        Assert.True(p.Accurate);
        Assert.Equal(-123.3953833, p.Lon!.Value, 6);
        Assert.Equal(48.3816333, p.Lat!.Value, 6);
        Assert.Equal(224.0, p.CogDegrees!.Value, 6);
        Assert.Equal(215, p.Heading);
        Assert.Equal(33, p.Second);
        Assert.Equal(34017u, p.RadioStatus);
    }

    [Fact]
    public void A2_a_class_A_report_with_course_heading_and_rate_of_turn_not_available_gives_nulls()
    {
        var p = NmeaFeed.Message("!AIVDM,1,1,,A,15NPOOPP00o?b=bE`UNv4?w428D;,0*24").Position!.Value;

        Assert.Equal(367533950u, p.Mmsi);
        Assert.Null(p.RateOfTurnRaw);
        Assert.Equal(37.808418, p.Lat!.Value, 6);
        Assert.Equal(-122.408232, p.Lon!.Value, 6);
        Assert.Null(p.CogDegrees);
        Assert.Null(p.Heading);
        Assert.Equal(34, p.Second);
        Assert.True(p.Raim);
    }

    [Fact]
    public void A4_a_class_B_position_report_decodes_with_its_unit_flags()
    {
        var p = NmeaFeed.Message("!AIVDM,1,1,,A,B52K>;h00Fc>jpUlNV@ikwpUoP06,0*4C").Position!.Value;

        Assert.Equal(18, p.Type);
        Assert.Equal(338087471u, p.Mmsi);
        Assert.Equal(0.1, p.SogKnots!.Value, 6);
        Assert.Equal(-74.0721317, p.Lon!.Value, 6);
        Assert.Equal(40.6845400, p.Lat!.Value, 6);
        Assert.Equal(79.6, p.CogDegrees!.Value, 6);
        Assert.Null(p.Heading);
        Assert.Equal(49, p.Second);
        Assert.Equal(AisClassBUnit.CarrierSense | AisClassBUnit.Dsc | AisClassBUnit.Band | AisClassBUnit.Message22, p.ClassBUnit);
        Assert.True(p.Raim);
        Assert.Null(p.NavStatus);
    }

    [Fact]
    public void A5_a_type_19_report_gives_a_position_and_the_name_type_and_size()
    {
        var (position, statics) = NmeaFeed.Message("!AIVDM,1,1,,B,C5N3SRgPEnJGEBT>NhWAwwo862PaLELTBJ:V00000000S0D:R220,0*0B");
        var p = position!.Value;

        Assert.Equal(19, p.Type);
        Assert.Equal(367059850u, p.Mmsi);
        Assert.Equal(8.7, p.SogKnots!.Value, 6);
        Assert.Equal(-88.8103917, p.Lon!.Value, 6);
        Assert.Equal(29.5436950, p.Lat!.Value, 6);
        Assert.Equal(335.9, p.CogDegrees!.Value, 6);
        Assert.Equal("CAPT.J.RIMES", statics!.Name);
        Assert.Equal(70, statics.ShipType);
        Assert.Equal(new AisDimensions(5, 21, 4, 4), statics.Dimensions);
    }

    [Fact]
    public void A6_type_24_parts_A_and_B_decode_and_a_160_bit_part_A_is_taken()
    {
        var a = NmeaFeed.Message("!AIVDM,1,1,,A,H42O55i18tMET00000000000000,2*6D").Static!;
        var b = NmeaFeed.Message("!AIVDM,1,1,,A,H42O55lti4hhhilD3nink000?050,0*40").Static!;

        Assert.Equal(AisStaticPart.A, a.Part);
        Assert.Equal(271041815u, a.Mmsi);
        Assert.Equal("PROGUY", a.Name);
        Assert.Equal(AisStaticPart.B, b.Part);
        Assert.Equal(271041815u, b.Mmsi);
        Assert.Equal(60, b.ShipType);
        Assert.Equal("1D0", b.Vendor);
        Assert.Equal(12, b.Model);
        Assert.Equal(199796, b.Serial);
        Assert.Equal("TC6163", b.CallSign);
        Assert.Equal(new AisDimensions(0, 15, 0, 5), b.Dimensions);
        Assert.Null(b.MotherShipMmsi);
    }

    [Fact]
    public void A7_an_auxiliary_craft_part_B_from_own_ship_VDO_gives_its_mother_ship_not_a_size()
    {
        var b = NmeaFeed.Message("!AIVDO,1,1,,A,H>W@vFTe6??406t2??21J0Wg8Jb0,0*6F").Static!;

        Assert.Equal(AisStaticPart.B, b.Part);
        Assert.Equal(980696666u, b.Mmsi);
        Assert.Equal(45, b.ShipType);
        Assert.Equal("FOO", b.Vendor);
        Assert.Equal(1, b.Model);
        Assert.Equal("BOOBAZ", b.CallSign);
        Assert.Equal(666666666u, b.MotherShipMmsi);
        Assert.Null(b.Dimensions);
    }

    [Fact]
    public void Through_the_decoder_A1_becomes_a_report_stamped_with_the_receive_time()
    {
        var feed = new NmeaFeed();

        feed.Line("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A");

        var r = Assert.Single(feed.Reports);
        Assert.Equal("371798000", r.Mmsi);
        Assert.Equal(NmeaFeed.Received, r.Time);
        Assert.Equal(48.3816333, r.Lat, 6);
        Assert.Equal(-123.3953833, r.Lon, 6);
        Assert.Equal(12.3, r.SogKnots!.Value, 6);
        Assert.Equal(224.0, r.CogDegrees!.Value, 6);
        Assert.Equal(215.0, r.Heading);
        Assert.Equal(0, r.NavStatus);
        Assert.Equal(1, feed.Counters.Reports);
    }
}
