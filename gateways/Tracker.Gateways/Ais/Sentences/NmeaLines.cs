using System.Buffers;

namespace Tracker.Gateways.Ais.Sentences;

/// <summary>Cuts NMEA text into lines at '\n' (a '\r' before it is trimmed by the sentence reader).</summary>
public static class NmeaLines
{
    public static bool TryRead(ref ReadOnlySequence<byte> buffer, out ReadOnlySequence<byte> line)
    {
        if (buffer.PositionOf((byte)'\n') is not { } end)
        {
            line = default;
            return false;
        }

        line = buffer.Slice(0, end);
        buffer = buffer.Slice(buffer.GetPosition(1, end));
        return true;
    }

    public static bool IsBlank(in ReadOnlySequence<byte> line)
    {
        foreach (var segment in line)
        {
            if (segment.Span.ContainsAnyExcept(" \t\r"u8))
            {
                return false;
            }
        }

        return true;
    }
}
