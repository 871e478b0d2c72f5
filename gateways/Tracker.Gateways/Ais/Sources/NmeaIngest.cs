using Microsoft.Extensions.Logging;
using Tracker.Gateways.Ais.Assembly;
using Tracker.Grains.Common;
using Tracker.Grains.Vessels;
using Tracker.Ingest.Batches;
using Tracker.Ingest.Metrics;
using Tracker.Ingest.Pipeline;

namespace Tracker.Gateways.Ais.Sources;

/// <summary>
/// Hands a source's batch of reports to the durable ingest (journal first, then the transponder grains), as the
/// HTTP ingest does. NMEA has no acknowledgement: a batch the journal cannot take is counted and logged, not retried.
/// </summary>
public sealed class NmeaIngest(IngestPipeline pipeline, IngestDispatcher dispatcher, IngestMetrics metrics, NmeaCounters counters, ILogger<NmeaIngest> log)
{
    public async Task<IngestOutcome?> Submit(IReadOnlyList<AisReport> reports, CancellationToken cancellationToken)
    {
        if (reports.Count == 0)
        {
            return null;
        }

        try
        {
            var outcome = await pipeline.Submit(new IngestBatch(Ais: reports), () => dispatcher.Ais(reports), cancellationToken);
            metrics.Ingested("nmea", outcome.Accepted, outcome.Duplicates, 0);
            return outcome;
        }
        catch (IngestUnavailableException e)
        {
            counters.NotSubmitted(reports.Count);
            log.LogWarning(e, "{Count} AIS reports decoded from NMEA were not taken: {Reason}", reports.Count, e.Message);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A source is a long-running loop: one failed batch must not end it (nor, from a hosted service, the host).
            counters.NotSubmitted(reports.Count);
            log.LogError(e, "{Count} AIS reports decoded from NMEA were not taken", reports.Count);
            return null;
        }
    }
}
