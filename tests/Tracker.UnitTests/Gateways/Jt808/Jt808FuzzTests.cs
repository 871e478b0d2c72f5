using Tracker.Gateways.Jt808.Framing;
using Tracker.Gateways.Jt808.Location;
using Tracker.Gateways.Jt808.Messages;
using Tracker.Simulator.Protocols.Jt808;

namespace Tracker.UnitTests.Gateways.Jt808;

/// <summary>Random and mutated bytes: nothing escapes the decoder, and a frame with a bad checksum never gets through.</summary>
public class Jt808FuzzTests
{
    private static readonly byte[][] Seeds =
    [
        Convert.FromHexString("7E02000026123456789012007D02000000010000000200BA7F0E07E4F11C0028003C00001810151010100104000000640202007D01137E"),
        Convert.FromHexString("7e0704402d0100000866496077582164881d0001000028000000000000000701a00192091f2a4700160000000226050916422701040000258230010031010e507e"),
        Convert.FromHexString("7E02000053200002604323004800000000000C00000158B91406CB7007006B00000000220512101138010400000F2803020000250400000000300114310100E30100D50E0100026043232795980277530030E50400000000E7020FC8E8020E83AB7E"),
        Convert.FromHexString("7E010040540100000000000123456789000A002800323132333400000000000000736D616C6C6368693132330000000000000000000000000000000000000043484931323300000000000000000000000000000000000000000000000001D4C1413132333435B27E"),
        Jt808FrameBuilder.Build(Jt808Bodies.Location, "99", 1, Jt808Bodies.LocationReport(new(DateTimeOffset.UnixEpoch.AddYears(55), 10, 20, Sealed: true, BatteryPct: 50))),
    ];

    [Fact]
    public void Random_bytes_never_throw()
    {
        var random = new Random(808);
        for (var i = 0; i < 5000; i++)
        {
            var bytes = new byte[random.Next(0, 600)];
            random.NextBytes(bytes);
            for (var k = 0; k < bytes.Length / 20; k++)
            {
                bytes[random.Next(bytes.Length)] = random.Next(2) == 0 ? (byte)0x7E : (byte)0x7D;
            }

            DecodeEverything(bytes, random.Next(1, 64));
        }
    }

    [Fact]
    public void Mutated_frames_never_throw_and_a_bad_checksum_is_never_accepted()
    {
        var random = new Random(2013);
        for (var i = 0; i < 5000; i++)
        {
            var seed = Seeds[random.Next(Seeds.Length)];
            var raw = Unframe(seed);
            var mutated = (byte[])raw.Clone();
            for (var k = random.Next(1, 4); k > 0; k--)
            {
                mutated[random.Next(mutated.Length)] ^= (byte)random.Next(1, 256);
            }

            var checksumOk = Jt808Framer.Checksum(mutated.AsSpan(0, mutated.Length - 1)) == mutated[^1];
            var (frames, _) = DecodeEverything(Jt808FrameBuilder.Escape(mutated), random.Next(1, 64));
            if (!checksumOk)
            {
                Assert.Empty(frames);
            }
        }
    }

    [Fact]
    public void Truncated_and_extended_bodies_never_throw()
    {
        var random = new Random(2019);
        for (var i = 0; i < 3000; i++)
        {
            var raw = Unframe(Seeds[random.Next(Seeds.Length)]);
            var cut = raw.AsSpan(0, random.Next(0, raw.Length)).ToArray();
            DecodeEverything(Jt808FrameBuilder.Escape(cut), 1000);
            var body = new byte[random.Next(0, 200)];
            random.NextBytes(body);
            Jt808LocationReader.TryRead(body, out _);
            Jt808LocationReader.TryReadBatch(body, [], out _);
            Jt808Register.TryRead(body, random.Next(2) == 0, out _);
            Jt808Auth.TryReadCode(body, random.Next(2) == 0, out _);
        }
    }

    private static byte[] Unframe(byte[] frame)
    {
        var into = new byte[frame.Length];
        var n = Jt808Framer.Unescape(new(frame.AsMemory(1, frame.Length - 2)), into);
        return into[..n];
    }

    private static (List<Frames.Taken> Frames, List<Jt808Drop> Drops) DecodeEverything(byte[] bytes, int chunk)
    {
        var (frames, drops) = Frames.Read(bytes, chunk);
        foreach (var f in frames)
        {
            Jt808LocationReader.TryRead(f.Body, out _);
            Jt808LocationReader.TryReadBatch(f.Body, [], out _);
            Jt808Register.TryRead(f.Body, f.Is2019, out _);
            Jt808Auth.TryReadCode(f.Body, f.Is2019, out _);
        }

        return (frames, drops);
    }
}
