using System.Text;
using Tracker.Gateways.Ais.Assembly;
using Tracker.Gateways.Ais.Messages;
using Tracker.Gateways.Ais.Payload;
using Tracker.Gateways.Ais.Sentences;
using Tracker.Grains.Vessels;

namespace Tracker.UnitTests.Gateways.Ais;

/// <summary>One source's decoder with its own cache and counters, and what it reported.</summary>
internal sealed class NmeaFeed(NmeaDecoderOptions? options = null)
{
    public static readonly DateTimeOffset Received = new(2026, 5, 9, 12, 0, 0, TimeSpan.Zero);

    public NmeaCounters Counters { get; } = new();

    public AisVesselCache Vessels { get; } = new();

    public List<AisReport> Reports { get; } = [];

    private NmeaDecoder? _decoder;

    public NmeaDecoder Decoder => _decoder ??= new NmeaDecoder(Vessels, Counters, options);

    public NmeaDrop Line(string line, DateTimeOffset? received = null) =>
        Decoder.Decode(Encoding.ASCII.GetBytes(line), received ?? Received, Reports);

    public List<NmeaDrop> Lines(IEnumerable<string> lines, DateTimeOffset? received = null) => [.. lines.Select(l => Line(l, received))];

    /// <summary>The message of a single-fragment sentence, straight from the bit layouts.</summary>
    public static (AisPosition? Position, AisStatic? Static) Message(string line)
    {
        Assert.Equal(NmeaDrop.None, NmeaSentence.TryParse(Encoding.ASCII.GetBytes(line), out var s));
        Assert.Equal(1, s.FragmentCount);
        Assert.Equal(NmeaDrop.None, AisMessages.Decode(new AisBits(s.Payload, s.FillBits), out var position, out var statics));
        return (position, statics);
    }
}
