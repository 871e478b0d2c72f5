using System.Buffers;
using Tracker.Gateways.Jt808.Framing;

namespace Tracker.UnitTests.Gateways.Jt808;

/// <summary>Runs the framer over bytes as a connection would, keeping copies of what it accepted and dropped.</summary>
internal static class Frames
{
    public sealed record Taken(ushort MessageId, string TerminalId, ushort Serial, bool Is2019, byte Version, int BodyLength, byte[] Body, ushort Total, ushort Index);

    public static (List<Taken> Frames, List<Jt808Drop> Drops) Read(byte[] bytes, int chunk = int.MaxValue)
    {
        var framer = new Jt808Framer();
        var frames = new List<Taken>();
        var drops = new List<Jt808Drop>();
        var pending = Array.Empty<byte>();
        for (var at = 0; at < bytes.Length; at += chunk)
        {
            // Feeding in chunks checks that a frame split across reads is still found whole.
            pending = [.. pending, .. bytes.AsSpan(at, Math.Min(chunk, bytes.Length - at))];
            var buffer = new ReadOnlySequence<byte>(pending);
            while (true)
            {
                var status = framer.TryRead(ref buffer, out var frame, out var drop);
                if (status == Jt808ReadStatus.NeedMore)
                {
                    break;
                }

                if (status == Jt808ReadStatus.Dropped)
                {
                    drops.Add(drop);
                    continue;
                }

                var h = frame.Header;
                frames.Add(new Taken(h.MessageId, h.TerminalId, h.Serial, h.Is2019, h.Version, h.BodyLength, frame.Body.ToArray(), h.TotalPackets, h.PacketIndex));
            }

            pending = buffer.ToArray();
        }

        return (frames, drops);
    }

    public static Taken Single(string hex)
    {
        var (frames, drops) = Read(Convert.FromHexString(hex));
        Assert.Empty(drops);
        return Assert.Single(frames);
    }
}
