using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tracker.Gateways.Ingest;

namespace Tracker.Gateways.Jt808.Server;

/// <summary>What every connection shares: the grains, the batching submitter, the live sessions, the counters.</summary>
public sealed class Jt808Gateway(
    IGrainFactory grains,
    FixBatcher batcher,
    Jt808Sessions sessions,
    Jt808Metrics metrics,
    IOptions<Jt808Options> options,
    TimeProvider clock,
    ILogger<Jt808Gateway> logger)
{
    public IGrainFactory Grains { get; } = grains;

    public FixBatcher Batcher { get; } = batcher;

    public Jt808Sessions Sessions { get; } = sessions;

    public Jt808Metrics Metrics { get; } = metrics;

    public Jt808Options Options { get; } = options.Value;

    public TimeProvider Clock { get; } = clock;

    public ILogger Logger { get; } = logger;
}
