using System.Collections.Immutable;
using Tracker.Grains.Common;

namespace Tracker.Grains.Vessels;

/// <summary>
/// An AIS transponder, keyed by MMSI. AIS position reports carry only the MMSI; the static
/// report names the IMO once in a while, so this grain remembers it and routes to the vessel.
/// </summary>
[Alias("tracker.IAisTransponderGrain")]
public interface IAisTransponderGrain : IGrainWithStringKey
{
    [Alias("report")]
    Task<IngestOutcome> Report(ImmutableArray<AisReport> reports);

    [Alias("imo")]
    Task<string?> GetImo();
}
