using System.Buffers.Binary;

namespace Tracker.Ingest.Journal;

/// <summary>
/// Records in a segment: [length u32][crc32 u32][payload]. A crash can leave the last block
/// half written; reading stops at the first record whose length or checksum does not hold,
/// and that record was never acknowledged.
/// </summary>
public static class JournalFrames
{
    public const int HeaderSize = 8;

    private static readonly uint[] Table = BuildTable();

    public static int Write(Span<byte> target, ReadOnlySpan<byte> payload)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(target, (uint)payload.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(target[4..], Crc32(payload));
        payload.CopyTo(target[HeaderSize..]);
        return HeaderSize + payload.Length;
    }

    public static IEnumerable<ReadOnlyMemory<byte>> Read(ReadOnlyMemory<byte> segment)
    {
        var offset = 0;
        while (offset + HeaderSize <= segment.Length)
        {
            var header = segment.Span[offset..];
            var length = BinaryPrimitives.ReadUInt32LittleEndian(header);
            var crc = BinaryPrimitives.ReadUInt32LittleEndian(header[4..]);
            if (length == 0 || length > segment.Length - offset - HeaderSize)
            {
                yield break;
            }

            var payload = segment.Slice(offset + HeaderSize, (int)length);
            if (Crc32(payload.Span) != crc)
            {
                yield break;
            }

            yield return payload;
            offset += HeaderSize + (int)length;
        }
    }

    public static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
