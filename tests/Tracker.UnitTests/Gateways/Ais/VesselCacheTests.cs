using Tracker.Gateways.Ais.Assembly;
using Tracker.Simulator.Protocols.Nmea;

namespace Tracker.UnitTests.Gateways.Ais;

/// <summary>Static data (types 5, 19, 24 A and B) is merged per MMSI and travels with the positions.</summary>
public sealed class VesselCacheTests
{
    private const uint Mmsi = 271041815;

    private static IReadOnlyList<string> Position(double lat, double lon, DateTimeOffset at) =>
        NmeaSentences.Wrap(AisEncoder.ClassA(new AisFix(Mmsi, lat, lon, 10.0, 45.0, 44, 0)), tagTime: at);

    [Fact]
    public void Type_24_parts_A_and_B_arriving_apart_are_merged_into_the_next_position()
    {
        var feed = new NmeaFeed();

        feed.Line("!AIVDM,1,1,,A,H42O55i18tMET00000000000000,2*6D");
        feed.Lines(Position(36.0, 120.0, NmeaFeed.Received.AddSeconds(-30)));
        feed.Line("!AIVDM,1,1,,A,H42O55lti4hhhilD3nink000?050,0*40");
        feed.Lines(Position(36.1, 120.1, NmeaFeed.Received.AddSeconds(-10)));

        var reports = feed.Reports.Where(r => r.Lat == 36.1).ToList();
        var last = Assert.Single(reports);
        Assert.Equal("PROGUY", last.Name);
        Assert.Equal("TC6163", last.CallSign);
    }

    [Fact]
    public void Static_data_alone_is_reported_at_the_last_known_position_at_its_own_time()
    {
        var feed = new NmeaFeed();
        var positionTime = NmeaFeed.Received.AddMinutes(-2);
        feed.Lines(Position(36.05, 120.38, positionTime));

        feed.Lines(NmeaSentences.Wrap(AisEncoder.StaticVoyage(new AisVoyage(Mmsi, Imo: 9074729, Name: "FEEDER ONE", Destination: "CNTAO",
            Eta: NmeaFeed.Received.AddHours(5))), sequenceId: 1, tagTime: NmeaFeed.Received.AddMinutes(-1)));

        Assert.Equal(2, feed.Reports.Count);
        var voyage = feed.Reports[1];
        Assert.Equal(NmeaFeed.Received.AddMinutes(-1), voyage.Time);
        Assert.Equal((36.05, 120.38), (Math.Round(voyage.Lat, 6), Math.Round(voyage.Lon, 6)));
        Assert.Equal("9074729", voyage.Imo);
        Assert.Equal("CNTAO", voyage.Destination);
        Assert.Equal(NmeaFeed.Received.AddHours(5), voyage.Eta);
    }

    [Fact]
    public void Static_data_in_the_same_second_as_the_position_is_reported_just_after_it_so_it_is_not_a_duplicate()
    {
        var feed = new NmeaFeed();
        var second = NmeaFeed.Received.AddMinutes(-1);
        feed.Lines(Position(36.05, 120.38, second));

        feed.Lines(NmeaSentences.Wrap(AisEncoder.StaticPartA(new AisVoyage(Mmsi, Name: "PROGUY")), tagTime: second));

        Assert.Equal(2, feed.Reports.Count);
        Assert.True(feed.Reports[1].Time > feed.Reports[0].Time);
        Assert.Equal("PROGUY", feed.Reports[1].Name);
    }

    [Fact]
    public void Static_data_of_a_vessel_never_placed_gives_no_report_until_its_first_position()
    {
        var feed = new NmeaFeed();

        feed.Lines(NmeaSentences.Wrap(AisEncoder.StaticVoyage(new AisVoyage(Mmsi, Name: "FEEDER ONE")), sequenceId: 2));
        Assert.Empty(feed.Reports);

        feed.Lines(Position(36.0, 120.0, NmeaFeed.Received));
        Assert.Equal("FEEDER ONE", Assert.Single(feed.Reports).Name);
    }

    [Fact]
    public void The_cache_is_bounded_the_MMSI_heard_first_is_forgotten()
    {
        var vessels = new AisVesselCache(capacity: 2);
        var feed = new Tracker.Gateways.Ais.Assembly.NmeaDecoder(vessels, new NmeaCounters());
        var reports = new List<Tracker.Grains.Vessels.AisReport>();
        foreach (var mmsi in new uint[] { 211000001, 211000002, 211000003 })
        {
            foreach (var line in NmeaSentences.Wrap(AisEncoder.StaticPartA(new AisVoyage(mmsi, Name: $"SHIP {mmsi % 10}"))))
            {
                feed.Decode(System.Text.Encoding.ASCII.GetBytes(line), NmeaFeed.Received, reports);
            }
        }

        foreach (var mmsi in new uint[] { 211000001, 211000003 })
        {
            foreach (var line in NmeaSentences.Wrap(AisEncoder.ClassA(new AisFix(mmsi, 36.0, 120.0))))
            {
                feed.Decode(System.Text.Encoding.ASCII.GetBytes(line), NmeaFeed.Received, reports);
            }
        }

        Assert.Equal(2, vessels.Count);
        Assert.Equal([null, "SHIP 3"], reports.Select(r => r.Name));
    }

    /// <summary>
    /// A feed without tag blocks stamps every line of one read with its time of receipt; (MMSI, time) identifies a
    /// report, so a second report of that MMSI at the same instant would be taken as a duplicate and lost (the
    /// simulator found its positions dropped after a type 5 sent in the same read).
    /// </summary>
    [Fact]
    public void Reports_of_one_vessel_stamped_with_the_same_receipt_time_each_get_a_time_of_their_own()
    {
        var feed = new NmeaFeed();
        var untagged = (double lat) => NmeaSentences.Wrap(AisEncoder.ClassA(new AisFix(Mmsi, lat, 120.0, 10.0, 45.0, 44, 0)));

        feed.Lines(untagged(36.0));
        feed.Lines(NmeaSentences.Wrap(AisEncoder.StaticVoyage(new AisVoyage(Mmsi, Imo: 9074729, Name: "FEEDER ONE")), sequenceId: 2));
        feed.Lines(untagged(36.1));
        feed.Lines(untagged(36.2));

        Assert.Equal(4, feed.Reports.Count);
        Assert.Equal(4, feed.Reports.Select(r => r.Time).Distinct().Count());
        Assert.Equal(feed.Reports.Select(r => r.Time).Order(), feed.Reports.Select(r => r.Time));
        Assert.Equal(36.2, Math.Round(feed.Reports[^1].Lat, 6));
        Assert.Equal("FEEDER ONE", feed.Reports[^1].Name);
    }

    [Fact]
    public void A_tagged_sentence_heard_twice_keeps_its_time_so_the_second_is_a_duplicate()
    {
        var feed = new NmeaFeed();
        var at = NmeaFeed.Received.AddSeconds(-20);

        feed.Lines(Position(36.0, 120.0, at));
        feed.Lines(Position(36.0, 120.0, at));

        Assert.Equal([at, at], feed.Reports.Select(r => r.Time));
    }
}
