using Microsoft.Extensions.Options;
using Tracker.Gateways.Ais.Assembly;

namespace Tracker.Gateways.Ais.Sources;

/// <summary>Makes the decoder of each source; all of them share the vessel cache and the counters.</summary>
public sealed class NmeaDecoders(AisVesselCache vessels, NmeaCounters counters, IOptions<NmeaGatewayOptions> options)
{
    public NmeaCounters Counters => counters;

    public NmeaDecoder Create(Func<uint, bool>? admits = null) =>
        new(vessels, counters, new NmeaDecoderOptions(options.Value.PendingMessages, options.Value.FragmentTimeout), admits);
}
