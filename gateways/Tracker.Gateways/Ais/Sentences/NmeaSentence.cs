namespace Tracker.Gateways.Ais.Sentences;

/// <summary>
/// One <c>!xxVDM</c> / <c>!xxVDO</c> sentence, read in place: the payload is a slice of the line, nothing is copied.
/// </summary>
public readonly ref struct NmeaSentence
{
    /// <summary>A sentence is at most 82 characters; a tag block adds at most about as much again.</summary>
    public const int MaxLineLength = 256;

    public ReadOnlySpan<byte> Payload { get; init; }

    public int FragmentCount { get; init; }

    public int FragmentNumber { get; init; }

    /// <summary>The sequential message id, or -1 when empty (single-fragment messages).</summary>
    public int SequenceId { get; init; }

    /// <summary>'A', 'B', '1', '2', or 0 when the field is empty.</summary>
    public byte Channel { get; init; }

    public int FillBits { get; init; }

    /// <summary>The tag block's <c>c</c> field (Unix time), when there is one.</summary>
    public DateTimeOffset? TagTime { get; init; }

    public static NmeaDrop TryParse(ReadOnlySpan<byte> line, out NmeaSentence sentence)
    {
        sentence = default;
        line = line.Trim(" \t\r\n"u8);
        if (line.Length > MaxLineLength)
        {
            return NmeaDrop.TooLong;
        }

        DateTimeOffset? tagTime = null;
        if (line.Length > 0 && line[0] == (byte)'\\')
        {
            var end = line[1..].IndexOf((byte)'\\');
            if (end < 0)
            {
                return NmeaDrop.Syntax;
            }

            var drop = TagBlock.TryRead(line.Slice(1, end), out tagTime);
            if (drop != NmeaDrop.None)
            {
                return drop;
            }

            line = line[(end + 2)..];
        }

        // "!AIVDM," at least, then "*hh".
        if (line.Length < 10 || line[0] != (byte)'!' || !IsUpper(line[1]) || !(IsUpper(line[2]) || IsDigit(line[2]))
            || line[3] != (byte)'V' || line[4] != (byte)'D' || (line[5] != (byte)'M' && line[5] != (byte)'O') || line[6] != (byte)',')
        {
            return NmeaDrop.Syntax;
        }

        var star = line.Length - 3;
        if (line[star] != (byte)'*' || !Hex.TryByte(line[(star + 1)..], out var expected))
        {
            return NmeaDrop.Syntax;
        }

        var body = line[1..star];
        if (Hex.Xor(body) != expected)
        {
            return NmeaDrop.Checksum;
        }

        return TryFields(body[6..], tagTime, out sentence);
    }

    // count,number,seq,channel,payload,fill
    private static NmeaDrop TryFields(ReadOnlySpan<byte> fields, DateTimeOffset? tagTime, out NmeaSentence sentence)
    {
        sentence = default;
        Span<Range> parts = stackalloc Range[6];
        var n = 0;
        foreach (var range in fields.Split((byte)','))
        {
            if (n == parts.Length)
            {
                break;
            }

            parts[n++] = range;
        }

        if (n < parts.Length)
        {
            return NmeaDrop.Syntax;
        }

        var count = fields[parts[0]];
        var number = fields[parts[1]];
        var seq = fields[parts[2]];
        var channel = fields[parts[3]];
        var payload = fields[parts[4]];
        var fill = fields[parts[5]];
        if (count.Length != 1 || number.Length != 1 || !IsDigit(count[0]) || !IsDigit(number[0]))
        {
            return NmeaDrop.Syntax;
        }

        int fragments = count[0] - '0', fragment = number[0] - '0';
        if (fragments == 0 || fragment == 0 || fragment > fragments)
        {
            return NmeaDrop.Syntax;
        }

        var seqId = -1;
        if (seq.Length == 1 && IsDigit(seq[0]))
        {
            seqId = seq[0] - '0';
        }
        else if (!seq.IsEmpty)
        {
            return NmeaDrop.Syntax;
        }

        if (channel.Length > 1 || (channel.Length == 1 && channel[0] is not ((byte)'A' or (byte)'B' or (byte)'1' or (byte)'2')))
        {
            return NmeaDrop.Syntax;
        }

        if (payload.IsEmpty || !Armour.IsValid(payload))
        {
            return NmeaDrop.Syntax;
        }

        var fillBits = 0;
        if (fill.Length == 1 && fill[0] is >= (byte)'0' and <= (byte)'5')
        {
            fillBits = fill[0] - '0';
        }
        else if (!fill.IsEmpty)
        {
            return NmeaDrop.Syntax;
        }

        sentence = new NmeaSentence
        {
            Payload = payload,
            FragmentCount = fragments,
            FragmentNumber = fragment,
            SequenceId = seqId,
            Channel = channel.IsEmpty ? (byte)0 : channel[0],
            FillBits = fillBits,
            TagTime = tagTime,
        };
        return NmeaDrop.None;
    }

    private static bool IsUpper(byte b) => b is >= (byte)'A' and <= (byte)'Z';

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';
}
