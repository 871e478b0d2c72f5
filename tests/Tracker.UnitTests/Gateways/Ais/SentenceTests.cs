using Tracker.Gateways.Ais.Sentences;
using Tracker.Simulator.Protocols.Nmea;

namespace Tracker.UnitTests.Gateways.Ais;

/// <summary>The sentence layer: talkers, checksums, tag blocks, what is refused.</summary>
public sealed class SentenceTests
{
    private const string A1 = "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A";

    [Theory]
    [InlineData("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4B")]
    [InlineData("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CR,0*4A")]
    [InlineData("!AIVDM,1,1,,B,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A")]
    public void A_sentence_whose_checksum_does_not_match_gives_nothing_and_is_counted(string line)
    {
        var feed = new NmeaFeed();

        Assert.Equal(NmeaDrop.Checksum, feed.Line(line));

        Assert.Empty(feed.Reports);
        Assert.Equal(1, feed.Counters.Dropped(NmeaDrop.Checksum));
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello")]
    [InlineData("$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47")]
    [InlineData("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0")]
    [InlineData("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*ZZ")]
    [InlineData("\\c:1565218798*53!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A")]
    public void Malformed_lines_are_dropped_as_syntax_without_an_exception(string line)
    {
        var feed = new NmeaFeed();

        Assert.Equal(NmeaDrop.Syntax, feed.Line(line));
        Assert.Empty(feed.Reports);
    }

    [Fact]
    public void Fields_out_of_range_are_refused_even_with_a_good_checksum()
    {
        var feed = new NmeaFeed();
        string Sentence(string body) => $"!{body}*{NmeaSentences.Checksum(body)}";

        Assert.Equal(NmeaDrop.Syntax, feed.Line(Sentence("AIVDM,1,2,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0")));
        Assert.Equal(NmeaDrop.Syntax, feed.Line(Sentence("AIVDM,1,1,,C,15RTgt0PAso;90TKcjM8h6g208CQ,0")));
        Assert.Equal(NmeaDrop.Syntax, feed.Line(Sentence("AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208C~,0")));
        Assert.Equal(NmeaDrop.Syntax, feed.Line(Sentence("AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,6")));
        Assert.Equal(NmeaDrop.Syntax, feed.Line(Sentence("AIVDM,1,1,,A,,0")));
        Assert.Equal(NmeaDrop.Syntax, feed.Line(Sentence("AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ")));
        Assert.Empty(feed.Reports);
        Assert.Equal(6, feed.Counters.Dropped(NmeaDrop.Syntax));
    }

    [Theory]
    [InlineData("!ABVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*")]
    [InlineData("!BSVDM,1,1,,1,15RTgt0PAso;90TKcjM8h6g208CQ,0*")]
    [InlineData("!AIVDO,1,1,,,15RTgt0PAso;90TKcjM8h6g208CQ,0*")]
    public void Any_talker_VDM_or_VDO_and_channels_1_2_or_empty_are_taken(string withoutChecksum)
    {
        var body = withoutChecksum[1..^1];
        var feed = new NmeaFeed();

        Assert.Equal(NmeaDrop.None, feed.Line($"{withoutChecksum}{NmeaSentences.Checksum(body)}\r\n"));

        Assert.Equal("371798000", Assert.Single(feed.Reports).Mmsi);
    }

    [Fact]
    public void A_tag_block_time_stamps_the_report_instead_of_the_receive_time()
    {
        var feed = new NmeaFeed();
        var sent = NmeaFeed.Received.AddMinutes(-3);

        feed.Line(NmeaSentences.TagBlock(sent) + A1);

        Assert.Equal(sent, Assert.Single(feed.Reports).Time);
    }

    [Fact]
    public void The_published_tag_block_example_is_read_as_Unix_seconds()
    {
        var feed = new NmeaFeed();

        feed.Line("\\c:1565218798*53\\" + A1, received: new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1565218798), Assert.Single(feed.Reports).Time);
    }

    [Fact]
    public void A_tag_block_whose_checksum_does_not_match_drops_the_sentence()
    {
        var feed = new NmeaFeed();

        Assert.Equal(NmeaDrop.Checksum, feed.Line("\\c:1565218798*54\\" + A1));
        Assert.Empty(feed.Reports);
    }

    [Fact]
    public void A_tag_block_time_ahead_of_the_server_clock_or_before_2000_drops_the_sentence()
    {
        var feed = new NmeaFeed();

        Assert.Equal(NmeaDrop.Time, feed.Line(NmeaSentences.TagBlock(NmeaFeed.Received.AddHours(1)) + A1));
        Assert.Equal(NmeaDrop.Time, feed.Line(NmeaSentences.TagBlock(new DateTimeOffset(1999, 12, 31, 0, 0, 0, TimeSpan.Zero)) + A1));
        Assert.Empty(feed.Reports);
        Assert.Equal(2, feed.Counters.Dropped(NmeaDrop.Time));
    }

    [Fact]
    public void Message_types_the_tracker_does_not_use_are_counted_not_reported()
    {
        var feed = new NmeaFeed();

        // Type 4, a base station report.
        var baseStation = new SixBitWriter().U(4, 6).U(0, 2).U(3669702, 30).U(0, 130).Armour();
        Assert.Equal([NmeaDrop.Unsupported], feed.Lines(NmeaSentences.Wrap(baseStation)));
        Assert.Empty(feed.Reports);
        Assert.Equal(1, feed.Counters.Dropped(NmeaDrop.Unsupported));
        Assert.False(NmeaDrops.IsBadInput(NmeaDrop.Unsupported));
    }

    [Fact]
    public void An_MMSI_of_zero_is_dropped()
    {
        var feed = new NmeaFeed();
        var zero = NmeaSentences.Wrap(AisEncoder.ClassA(new AisFix(0, 36.0, 120.0)));

        Assert.Equal([NmeaDrop.Mmsi], feed.Lines(zero));
        Assert.Empty(feed.Reports);
    }

    [Fact]
    public void A_line_longer_than_any_sentence_is_dropped()
    {
        var feed = new NmeaFeed();

        Assert.Equal(NmeaDrop.TooLong, feed.Line(new string('!', 300)));
    }
}
