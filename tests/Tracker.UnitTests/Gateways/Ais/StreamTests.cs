using System.Buffers;
using System.Text;
using Tracker.Gateways.Ais.Sentences;
using Tracker.Gateways.Ais.Sources;

namespace Tracker.UnitTests.Gateways.Ais;

/// <summary>A TCP stream cut anywhere: whole lines are decoded, a partial one waits for the rest, a runaway one is dropped.</summary>
public sealed class StreamTests
{
    private const string A1 = "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A";
    private const string A2 = "!AIVDM,1,1,,A,15NPOOPP00o?b=bE`UNv4?w428D;,0*24";

    [Fact]
    public void Lines_split_across_buffer_segments_are_joined_and_a_partial_line_is_left_for_the_next_read()
    {
        var feed = new NmeaFeed();
        var text = $"{A1}\r\n{A2}\r\n{A1[..20]}";
        var buffer = Segmented(Encoding.ASCII.GetBytes(text), 7);

        var consumed = NmeaPump.DecodeLines(feed.Decoder, buffer, completed: false, NmeaFeed.Received, feed.Reports);

        Assert.Equal(["371798000", "367533950"], feed.Reports.Select(r => r.Mmsi));
        Assert.Equal(A1[..20], Encoding.ASCII.GetString(buffer.Slice(consumed).ToArray()));
    }

    [Fact]
    public void At_the_end_of_the_stream_the_last_line_needs_no_line_end()
    {
        var feed = new NmeaFeed();

        NmeaPump.DecodeLines(feed.Decoder, new ReadOnlySequence<byte>(Encoding.ASCII.GetBytes(A1)), completed: true, NmeaFeed.Received, feed.Reports);

        Assert.Single(feed.Reports);
    }

    [Fact]
    public void A_stream_without_line_ends_is_dropped_rather_than_buffered()
    {
        var feed = new NmeaFeed();
        var buffer = Segmented(Encoding.ASCII.GetBytes(new string('x', 1000)), 100);

        var consumed = NmeaPump.DecodeLines(feed.Decoder, buffer, completed: false, NmeaFeed.Received, feed.Reports);

        Assert.Equal(buffer.End, consumed);
        Assert.Equal(1, feed.Counters.Dropped(NmeaDrop.TooLong));
    }

    private static ReadOnlySequence<byte> Segmented(byte[] bytes, int size)
    {
        Segment? first = null, last = null;
        for (var i = 0; i < bytes.Length; i += size)
        {
            var next = new Segment(bytes.AsMemory(i, Math.Min(size, bytes.Length - i)), i);
            first ??= next;
            last?.Link(next);
            last = next;
        }

        return new ReadOnlySequence<byte>(first!, 0, last!, last!.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long index)
        {
            Memory = memory;
            RunningIndex = index;
        }

        public void Link(Segment next) => Next = next;
    }
}
