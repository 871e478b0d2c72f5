using Tracker.Gateways.Jt808.Framing;
using Tracker.Gateways.Jt808.Messages;

namespace Tracker.UnitTests.Gateways.Jt808;

/// <summary>The platform's replies, byte for byte (PROTOCOLS.md §1.6 J5, J8, J9).</summary>
public class Jt808ReplyTests
{
    private static Jt808Addressee To(string hex) => new(Convert.FromHexString(hex), false, 0);

    [Fact]
    public void J5_register_reply_carries_the_auth_code()
    {
        var body = new byte[32];
        var n = Jt808Replies.Register(body, 36, Jt808Replies.Ok, "123456");
        var frame = Jt808Writer.ToArray(Jt808MessageIds.RegisterResponse, To("014130567872"), 0, body.AsSpan(0, n));
        Assert.Equal("7E810000090141305678720000002400313233343536877E", Convert.ToHexString(frame));
    }

    [Fact]
    public void J8_auth_reply_echoes_serial_and_message_id()
    {
        var body = new byte[5];
        Jt808Replies.General(body, 6, Jt808MessageIds.Authenticate, Jt808Replies.Ok);
        var frame = Jt808Writer.ToArray(Jt808MessageIds.PlatformResponse, To("013511221122"), 0, body);
        Assert.Equal("7E8001000501351122112200000006010200B57E", Convert.ToHexString(frame));
    }

    [Fact]
    public void J9_register_and_general_replies()
    {
        var body = new byte[32];
        var n = Jt808Replies.Register(body, 100, Jt808Replies.Ok, "123456");
        Assert.Equal("7E81000009012345678900000A006400313233343536687E",
            Convert.ToHexString(Jt808Writer.ToArray(Jt808MessageIds.RegisterResponse, To("012345678900"), 10, body.AsSpan(0, n))));
        var general = new byte[5];
        Jt808Replies.General(general, 100, Jt808MessageIds.Location, Jt808Replies.Ok);
        Assert.Equal("7E80010005012345678900000A0064020000617E",
            Convert.ToHexString(Jt808Writer.ToArray(Jt808MessageIds.PlatformResponse, To("012345678900"), 10, general)));
    }

    [Fact]
    public void Unknown_terminal_gets_result_4_and_no_code()
    {
        var body = new byte[32];
        var n = Jt808Replies.Register(body, 7, Jt808Replies.UnknownTerminal, "ignored");
        Assert.Equal([0x00, 0x07, 0x04], body[..n]);
    }

    [Fact]
    public void A_2019_terminal_is_answered_with_a_2019_header()
    {
        var body = new byte[5];
        Jt808Replies.General(body, 1, Jt808MessageIds.Heartbeat, Jt808Replies.Ok);
        var frame = Jt808Writer.ToArray(Jt808MessageIds.PlatformResponse, new Jt808Addressee(Convert.FromHexString("00000866496077582164"), true, 1), 3, body);
        var read = Frames.Single(Convert.ToHexString(frame));
        Assert.True(read.Is2019);
        Assert.Equal(1, read.Version);
        Assert.Equal("866496077582164", read.TerminalId);
        Assert.Equal(3, read.Serial);
    }

    [Fact]
    public void A_reply_whose_bytes_hold_flags_is_escaped()
    {
        var body = new byte[5];
        Jt808Replies.General(body, 0x7E7D, Jt808MessageIds.Location, Jt808Replies.Ok);
        var frame = Jt808Writer.ToArray(Jt808MessageIds.PlatformResponse, To("012345678900"), 0x7E00, body);
        Assert.DoesNotContain((byte)0x7E, frame[1..^1]);
        var read = Frames.Single(Convert.ToHexString(frame));
        Assert.Equal(0x7E00, read.Serial);
        Assert.Equal([0x7E, 0x7D, 0x02, 0x00, 0x00], read.Body);
    }
}
