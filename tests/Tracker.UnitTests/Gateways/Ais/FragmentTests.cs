using Tracker.Gateways.Ais.Assembly;
using Tracker.Gateways.Ais.Sentences;
using Tracker.Simulator.Protocols.Nmea;

namespace Tracker.UnitTests.Gateways.Ais;

/// <summary>Multi-fragment messages (type 5 takes two sentences): in order, with a gap, too late, interleaved.</summary>
public sealed class FragmentTests
{
    private static readonly AisVoyage Voyage = new(
        477123400, Imo: 9074729, CallSign: "VRAB5", Name: "FEEDER ONE", ShipType: 70, Bow: 100, Stern: 40, Port: 10, Starboard: 12,
        Eta: new DateTimeOffset(2026, 5, 10, 6, 30, 0, TimeSpan.Zero), DraughtMetres: 8.5, Destination: "CNTAO");

    private static IReadOnlyList<string> TwoFragments(int seq = 3, char channel = 'A') => NmeaSentences.Wrap(AisEncoder.StaticVoyage(Voyage), channel, seq);

    private static readonly string Position = NmeaSentences.Wrap(AisEncoder.ClassA(new AisFix(477123400, 36.05, 120.38, 11.2, 90.0, 91, 0)))[0];

    [Fact]
    public void A_type_5_in_two_fragments_in_order_reaches_the_next_position_report()
    {
        var feed = new NmeaFeed();
        var lines = TwoFragments();

        Assert.Equal(2, lines.Count);
        Assert.Equal([NmeaDrop.None, NmeaDrop.None, NmeaDrop.None], feed.Lines([.. lines, Position]));

        var r = Assert.Single(feed.Reports);
        Assert.Equal("9074729", r.Imo);
        Assert.Equal("FEEDER ONE", r.Name);
        Assert.Equal("VRAB5", r.CallSign);
        Assert.Equal("CNTAO", r.Destination);
        Assert.Equal(new DateTimeOffset(2026, 5, 10, 6, 30, 0, TimeSpan.Zero), r.Eta);
    }

    [Fact]
    public void A_second_fragment_without_its_first_is_dropped_and_the_message_is_lost()
    {
        var feed = new NmeaFeed();
        var lines = TwoFragments();

        Assert.Equal([NmeaDrop.Fragment, NmeaDrop.None], feed.Lines([lines[1], Position]));

        Assert.Null(Assert.Single(feed.Reports).Name);
        Assert.Equal(1, feed.Counters.Dropped(NmeaDrop.Fragment));
    }

    [Fact]
    public void A_first_fragment_followed_by_another_message_first_fragment_under_the_same_key_loses_the_first()
    {
        var feed = new NmeaFeed();
        var first = TwoFragments(seq: 1);
        var second = TwoFragments(seq: 1);

        var drops = feed.Lines([first[0], second[0], second[1], Position]);

        Assert.Equal([NmeaDrop.None, NmeaDrop.None, NmeaDrop.None, NmeaDrop.None], drops);
        Assert.Equal("FEEDER ONE", Assert.Single(feed.Reports).Name);
        Assert.Equal(1, feed.Counters.Dropped(NmeaDrop.Fragment));
    }

    [Fact]
    public void A_second_fragment_after_the_timeout_is_dropped()
    {
        var feed = new NmeaFeed(new NmeaDecoderOptions(FragmentTimeout: TimeSpan.FromSeconds(10)));
        var lines = TwoFragments();

        feed.Line(lines[0], NmeaFeed.Received);
        Assert.Equal(NmeaDrop.Fragment, feed.Line(lines[1], NmeaFeed.Received.AddSeconds(11)));
        feed.Line(Position, NmeaFeed.Received.AddSeconds(12));

        Assert.Null(Assert.Single(feed.Reports).Name);
        Assert.Equal(2, feed.Counters.Dropped(NmeaDrop.Fragment)); // the expired message, then the orphan
    }

    [Fact]
    public void Messages_interleaved_on_two_channels_and_sequence_ids_are_each_joined()
    {
        var feed = new NmeaFeed();
        var onA = TwoFragments(seq: 5, channel: 'A');
        var onB = NmeaSentences.Wrap(AisEncoder.StaticVoyage(Voyage with { Mmsi = 477999000, Name = "OTHER" }), 'B', 5);
        var positionB = NmeaSentences.Wrap(AisEncoder.ClassA(new AisFix(477999000, 36.0, 120.0)))[0];

        feed.Lines([onA[0], onB[0], onA[1], onB[1], Position, positionB]);

        Assert.Equal(["FEEDER ONE", "OTHER"], feed.Reports.Select(r => r.Name));
        Assert.Equal(0, feed.Counters.Dropped(NmeaDrop.Fragment));
    }

    [Fact]
    public void Pending_messages_are_bounded_the_oldest_is_pushed_out()
    {
        var feed = new NmeaFeed(new NmeaDecoderOptions(PendingMessages: 2));
        var m1 = TwoFragments(seq: 1);
        var m2 = TwoFragments(seq: 2);
        var m3 = TwoFragments(seq: 3);

        feed.Line(m1[0], NmeaFeed.Received);
        feed.Line(m2[0], NmeaFeed.Received.AddSeconds(1));
        feed.Line(m3[0], NmeaFeed.Received.AddSeconds(2));

        Assert.Equal(2, feed.Decoder.Waiting);
        Assert.Equal(NmeaDrop.Fragment, feed.Line(m1[1], NmeaFeed.Received.AddSeconds(3)));
        Assert.Equal(NmeaDrop.None, feed.Line(m3[1], NmeaFeed.Received.AddSeconds(3)));
    }
}
