using System.Buffers;
using System.IO.Pipelines;
using Tracker.Gateways.Ais.Assembly;
using Tracker.Gateways.Ais.Sentences;
using Tracker.Grains.Vessels;

namespace Tracker.Gateways.Ais.Sources;

/// <summary>
/// A stream of NMEA lines (a TCP connection, either way round) into the ingest: each read is one batch, and the next
/// read waits until it is durable, so a fast sender is held back by TCP rather than buffered here.
/// </summary>
public static class NmeaPump
{
    public static async Task Run(PipeReader input, NmeaDecoder decoder, NmeaIngest ingest, TimeProvider clock, CancellationToken cancellationToken)
    {
        while (true)
        {
            var read = await input.ReadAsync(cancellationToken);
            var reports = new List<AisReport>();
            var consumed = DecodeLines(decoder, read.Buffer, read.IsCompleted, clock.GetUtcNow(), reports);
            input.AdvanceTo(consumed, read.Buffer.End);
            await ingest.Submit(reports, cancellationToken);
            if (read.IsCompleted || read.IsCanceled)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Decodes every whole line of <paramref name="buffer"/> (and the unterminated tail when <paramref name="completed"/>);
    /// returns how far it consumed. A tail longer than any sentence is dropped rather than buffered without end.
    /// </summary>
    public static SequencePosition DecodeLines(NmeaDecoder decoder, ReadOnlySequence<byte> buffer, bool completed, DateTimeOffset received, List<AisReport> reports)
    {
        ArgumentNullException.ThrowIfNull(decoder);
        while (NmeaLines.TryRead(ref buffer, out var line))
        {
            if (!NmeaLines.IsBlank(line))
            {
                decoder.Decode(line, received, reports);
            }
        }

        if ((completed && !NmeaLines.IsBlank(buffer)) || buffer.Length > NmeaSentence.MaxLineLength)
        {
            decoder.Decode(buffer, received, reports);
            return buffer.End;
        }

        return buffer.Start;
    }
}
