using System.Buffers;
using Tracker.Domain.Timing;
using Tracker.Gateways.Ais.Messages;
using Tracker.Gateways.Ais.Payload;
using Tracker.Gateways.Ais.Sentences;
using Tracker.Grains.Vessels;

namespace Tracker.Gateways.Ais.Assembly;

/// <summary>
/// NMEA lines to AIS reports, for one source (a connection, a datagram socket, a request body): sentence, fragments,
/// bits, message, then the shared <see cref="AisVesselCache"/>. Bad input is dropped and counted, never thrown.
/// Not thread-safe: one per source.
/// </summary>
public sealed class NmeaDecoder
{
    private readonly AisVesselCache _vessels;
    private readonly NmeaCounters _counters;
    private readonly FragmentAssembler _fragments;
    private readonly Func<uint, bool>? _admits;

    /// <param name="admits">When set, an MMSI it refuses is dropped before it touches the shared cache (<see cref="NmeaDrop.Refused"/>).</param>
    public NmeaDecoder(AisVesselCache vessels, NmeaCounters counters, NmeaDecoderOptions? options = null, Func<uint, bool>? admits = null)
    {
        options ??= new NmeaDecoderOptions();
        _vessels = vessels;
        _counters = counters;
        _admits = admits;
        _fragments = new FragmentAssembler(options.PendingMessages, options.FragmentTimeout);
    }

    /// <summary>Messages waiting for more fragments.</summary>
    public int Waiting => _fragments.Waiting;

    /// <summary>The MMSI of the last message decoded, for a caller naming a refusal.</summary>
    public uint LastMmsi { get; private set; }

    /// <summary>
    /// Decodes one line (line end optional), adding its reports, if any, to <paramref name="reports"/>.
    /// <paramref name="received"/> is when it arrived: the report time unless a tag block gives one.
    /// </summary>
    public NmeaDrop Decode(ReadOnlySpan<byte> line, DateTimeOffset received, ICollection<AisReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        _counters.Sentence();
        var before = reports.Count;
        var drop = DecodeLine(line, received, reports);
        _counters.Drop(drop);
        _counters.Drop(NmeaDrop.Fragment, _fragments.TakeAbandoned());
        _counters.Reported(reports.Count - before);
        return drop;
    }

    /// <summary>As <see cref="Decode(ReadOnlySpan{byte}, DateTimeOffset, ICollection{AisReport})"/>, for a line that may span buffer segments.</summary>
    public NmeaDrop Decode(in ReadOnlySequence<byte> line, DateTimeOffset received, ICollection<AisReport> reports)
    {
        if (line.IsSingleSegment)
        {
            return Decode(line.FirstSpan, received, reports);
        }

        if (line.Length > NmeaSentence.MaxLineLength + 2)
        {
            _counters.Sentence();
            _counters.Drop(NmeaDrop.TooLong);
            return NmeaDrop.TooLong;
        }

        Span<byte> copy = stackalloc byte[(int)line.Length];
        line.CopyTo(copy);
        return Decode(copy, received, reports);
    }

    private NmeaDrop DecodeLine(ReadOnlySpan<byte> line, DateTimeOffset received, ICollection<AisReport> reports)
    {
        var drop = NmeaSentence.TryParse(line, out var sentence);
        if (drop != NmeaDrop.None)
        {
            return drop;
        }

        var payload = sentence.Payload;
        var tagTime = sentence.TagTime;
        if (sentence.FragmentCount > 1)
        {
            switch (_fragments.Add(sentence, received, out payload, out tagTime))
            {
                case FragmentAssembler.Step.Waiting:
                    return NmeaDrop.None;
                case FragmentAssembler.Step.OutOfOrder:
                    return NmeaDrop.Fragment;
            }
        }

        var time = tagTime ?? received;
        // SaneTimes.Reported's window, compared directly: building the window (and its wording) costs more than the rest of a sentence.
        if (time < SaneTimes.Earliest || time > received + SaneTimes.ClockSkew)
        {
            return NmeaDrop.Time;
        }

        drop = AisMessages.Decode(new AisBits(payload, sentence.FillBits), out var position, out var statics);
        if (drop != NmeaDrop.None)
        {
            return drop;
        }

        var mmsi = position?.Mmsi ?? statics!.Mmsi;
        LastMmsi = mmsi;
        if (mmsi is 0 or > 999_999_999)
        {
            return NmeaDrop.Mmsi;
        }

        if (_admits is not null && !_admits(mmsi))
        {
            return NmeaDrop.Refused;
        }

        var hasPosition = position is { HasPosition: true };
        var receipt = tagTime is null;
        if (statics is not null && _vessels.OnStatic(statics, time, report: !hasPosition, receipt) is { } atLastPosition)
        {
            reports.Add(atLastPosition);
        }

        if (hasPosition)
        {
            reports.Add(_vessels.OnPosition(position!.Value, time, receipt));
            return NmeaDrop.None;
        }

        return statics is null ? NmeaDrop.NoPosition : NmeaDrop.None;
    }
}

/// <summary>How long and how many multi-fragment messages may wait for their other fragments.</summary>
public sealed record NmeaDecoderOptions(int PendingMessages = 64, TimeSpan FragmentTimeout = default)
{
    public TimeSpan FragmentTimeout { get; init; } = FragmentTimeout == default ? TimeSpan.FromSeconds(10) : FragmentTimeout;
}
