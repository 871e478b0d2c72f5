using Tracker.Gateways.Jt808.Framing;
using Tracker.Simulator.Protocols.Jt808;

namespace Tracker.UnitTests.Gateways.Jt808;

public class Jt808FramerTests
{
    private static readonly byte[] Heartbeat = Convert.FromHexString("7E00020000040021679287002B7D027E");

    [Fact]
    public void Garbage_before_the_flag_is_skipped()
    {
        var (frames, drops) = Frames.Read([0x24, 0x24, 0x41, 0x0D, 0x0A, .. Heartbeat]);
        Assert.Equal(43, Assert.Single(frames).Serial);
        Assert.Empty(drops);
    }

    [Fact]
    public void Unescaping_follows_the_rules()
    {
        var into = new byte[16];
        var n = Jt808Framer.Unescape(new(Convert.FromHexString("307D02087D0155")), into);
        Assert.Equal("307E087D55", Convert.ToHexString(into, 0, n));
        Assert.Equal(-1, Jt808Framer.Unescape(new(Convert.FromHexString("307D03")), into));
        Assert.Equal(-1, Jt808Framer.Unescape(new(Convert.FromHexString("307D")), into));
    }

    [Fact]
    public void Back_to_back_frames_and_doubled_flags_are_all_read()
    {
        var (frames, drops) = Frames.Read([.. Heartbeat, .. Heartbeat, 0x7E, .. Heartbeat]);
        Assert.Equal(3, frames.Count);
        Assert.Empty(drops);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    public void A_frame_split_across_reads_is_found_whole(int chunk)
    {
        var location = Jt808FrameBuilder.Build(Jt808Bodies.Location, "7", 0x7D7E, Jt808Bodies.LocationReport(new(DateTimeOffset.UnixEpoch.AddYears(50), 1, 2, Sealed: true)));
        var (frames, drops) = Frames.Read([.. Heartbeat, .. location, .. Heartbeat], chunk);
        Assert.Equal([0x0002, 0x0200, 0x0002], frames.Select(f => (int)f.MessageId));
        Assert.Empty(drops);
    }

    [Fact]
    public void A_bad_escape_a_bad_checksum_and_a_short_candidate_are_dropped_and_the_next_frame_still_read()
    {
        var badEscape = Convert.FromHexString("7E00020000040021679287002B7D037E");
        var badChecksum = Convert.FromHexString("7E00020000040021679287002B117E");
        var shortOne = Convert.FromHexString("7E0002007E");
        var (frames, drops) = Frames.Read([.. badEscape, .. badChecksum, .. shortOne, .. Heartbeat]);
        Assert.Equal(43, Assert.Single(frames).Serial);
        Assert.Equal([Jt808Drop.BadEscape, Jt808Drop.BadChecksum, Jt808Drop.TooShort], drops);
    }

    [Fact]
    public void A_flood_without_a_closing_flag_is_dropped_not_buffered()
    {
        var flood = new byte[Jt808Framer.MaxEscaped + 100];
        flood[0] = 0x7E;
        Array.Fill(flood, (byte)0x30, 1, flood.Length - 1);
        var (frames, drops) = Frames.Read([.. flood, .. Heartbeat], chunk: 512);
        Assert.Contains(Jt808Drop.TooLong, drops);
        Assert.Single(frames);
    }

    [Fact]
    public void An_encrypted_message_is_unsupported()
    {
        var raw = Convert.FromHexString("7E00020400040021679287002B7D027E");
        // Bit 10 set (RSA): the checksum is recomputed so that only the encryption is wrong.
        var unescaped = Convert.FromHexString("00020400040021679287002B");
        var frame = Jt808FrameBuilder.Escape([.. unescaped, Jt808Framer.Checksum(unescaped)]);
        Assert.NotEqual(raw, frame);
        var (frames, drops) = Frames.Read(frame);
        Assert.Empty(frames);
        Assert.Equal([Jt808Drop.Unsupported], drops);
    }
}
